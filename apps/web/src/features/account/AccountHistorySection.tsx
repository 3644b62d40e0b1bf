import { useQuery } from '@tanstack/react-query';
import { ErrorState, SkeletonRows } from '../../components/states';
import { HistoryTimeline } from '../inventory/PartHistory';
import { accountHistoryQueries } from './queries';

const ACCOUNT_ACTIONS = { update: 'edited the profile' };

/** What changed on the account, by whom and how: name, time zone, email, password, sign-outs. */
export function AccountHistorySection() {
  const history = useQuery(accountHistoryQueries.list());
  return (
    <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="account-history-title">
      <div className="card-body gap-4">
        <h2 id="account-history-title" className="card-title text-base">
          Account history
        </h2>
        {history.isPending && <SkeletonRows rows={2} label="Loading the history" />}
        {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
        {history.isSuccess && <HistoryTimeline items={history.data.items} actions={ACCOUNT_ACTIONS} />}
      </div>
    </section>
  );
}
