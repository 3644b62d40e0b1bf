import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Money } from '../../components/Money';
import { Pagination } from '../../components/Pagination';
import { Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { formatDateTime } from '../../lib/format';
import { DealCheckForm } from './DealForm';
import { DealResult } from './DealResult';
import { DealSincePanel } from './DealSincePanel';
import { DEALS_PAGE_SIZE, dealQueries } from './queries';

const VERDICT_WORD = { buy: 'Buy', negotiate: 'Negotiate', pass: 'Pass', unknown: 'No price' } as const;

/** Paste a listing, see what it is worth and what to pay, buy it; earlier checks below. */
export function DealCheckPage() {
  const [params, setParams] = useSearchParams();
  const selected = Number(params.get('id')) || null;
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const deal = useQuery({ ...dealQueries.detail(selected ?? 0), enabled: selected !== null });
  const history = useQuery(dealQueries.list(page));
  const preferences = useQuery(dealQueries.preferences());
  const show = (id: number) =>
    setParams((p) => {
      p.set('id', String(id));
      return p;
    });
  return (
    <>
      <PageHeader
        title="Deal check"
        description="Paste a marketplace listing: what its parts are worth to you, the profit at the asking price, and the most to pay."
      />
      <section className="card border border-base-300 bg-base-100">
        <div className="card-body gap-4 p-4 sm:p-6">
          {preferences.isPending && <SkeletonRows rows={3} label="Loading your target margin" />}
          {preferences.isError && (
            <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />
          )}
          {preferences.isSuccess && (
            <DealCheckForm
              targetMarginPercent={preferences.data.targetMarginPercent}
              onChecked={(d) => show(d.id)}
            />
          )}
        </div>
      </section>
      {selected !== null && (
        <section className="card mt-4 border border-base-300 bg-base-100">
          <div className="card-body gap-4 p-4 sm:p-6">
            {deal.isPending && <SkeletonRows rows={3} label="Loading the deal" />}
            {deal.isError && <ErrorState error={deal.error} onRetry={() => void deal.refetch()} />}
            {deal.isSuccess && <DealResult deal={deal.data} />}
            {deal.isSuccess && deal.data.items.length > 0 && <DealSincePanel dealId={deal.data.id} />}
          </div>
        </section>
      )}
      <section className="card mt-4 border border-base-300 bg-base-100" aria-labelledby="deal-history">
        <div className="card-body gap-4 p-4 sm:p-6">
          <h2 id="deal-history" className="card-title text-base">
            Deals you checked
          </h2>
          {history.isPending && <SkeletonRows rows={3} label="Loading your deal checks" />}
          {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
          {history.isSuccess && history.data.total === 0 && (
            <p className="text-sm text-base-content/70">Checks you make are kept here to compare later.</p>
          )}
          {history.isSuccess && history.data.items.length > 0 && (
            <ResponsiveTable
              caption="Deals you checked"
              head={['Listing', 'Checked', 'Asking', 'Max to pay', 'Verdict']}
              alignRight={['Asking', 'Max to pay']}
            >
              {history.data.items.map((d) => (
                <Row key={d.id}>
                  <Cell label="Listing" className="max-w-xs truncate">
                    <button type="button" className="link-hover text-left" onClick={() => show(d.id)}>
                      {d.text || d.items.map((i) => i.name).join(', ')}
                    </button>
                  </Cell>
                  <Cell label="Checked" className="whitespace-nowrap">
                    {formatDateTime(d.createdAt)}
                  </Cell>
                  <Cell label="Asking" className="text-right">
                    {d.askingPriceCents === null ? '—' : <Money cents={d.askingPriceCents} />}
                  </Cell>
                  <Cell label="Max to pay" className="text-right">
                    <Money cents={d.maxPriceCents} />
                  </Cell>
                  <Cell label="Verdict">{d.lotId === null ? VERDICT_WORD[d.verdict] : 'Bought'}</Cell>
                </Row>
              ))}
            </ResponsiveTable>
          )}
          {history.isSuccess && (
            <Pagination
              page={page}
              pageSize={DEALS_PAGE_SIZE}
              total={history.data.total}
              onPage={(p) =>
                setParams((q) => {
                  q.set('page', String(p));
                  return q;
                })
              }
            />
          )}
        </div>
      </section>
    </>
  );
}
