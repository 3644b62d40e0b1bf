import type { DealSince } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Money } from '../../components/Money';
import { Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { ErrorState, SkeletonRows } from '../../components/states';
import { formatDay } from '../../lib/format';
import { dealQueries } from './queries';

/** What happened after the check: the lot's money if bought; for a deal passed on, what your sales since say. */
export function DealSincePanel({ dealId }: { dealId: number }) {
  const since = useQuery(dealQueries.since(dealId));
  return (
    <section className="flex flex-col gap-3 border-t border-base-300 pt-4" aria-labelledby="deal-since">
      <h3 id="deal-since" className="font-semibold">
        Since you checked
      </h3>
      {since.isPending && <SkeletonRows rows={2} label="Comparing with your sales since" />}
      {since.isError && <ErrorState error={since.error} onRetry={() => void since.refetch()} />}
      {since.isSuccess && <SinceFigures since={since.data} />}
    </section>
  );
}

function SinceFigures({ since }: { since: DealSince }) {
  const { lot } = since;
  if (lot)
    return (
      <p className="text-sm">
        <Link className="link link-primary" to={`/lots/${lot.id}`}>
          Lot #{lot.id}
        </Link>{' '}
        has brought back <Money cents={lot.broughtBackCents} /> of the <Money cents={lot.paidCents} /> you
        paid: {lot.soldPartCount} part{lot.soldPartCount === 1 ? '' : 's'} sold, {lot.unsoldPartCount} still
        held, profit so far <Money cents={lot.profitSoFarCents} />.
      </p>
    );
  const sold = since.items.filter((i) => i.soldSinceCents !== null);
  if (sold.length === 0)
    return (
      <p className="text-sm text-base-content/70">
        Not bought. None of your sales since {formatDay(since.checkedOn)} is of its parts' models yet: after
        your next sales, this shows what it would have made.
      </p>
    );
  return (
    <>
      <p className="text-sm">
        Not bought. At the prices your own sales got since {formatDay(since.checkedOn)}, it would have sold
        for <Money cents={since.saleSinceCents} />
        {since.profitSinceCents !== null && (
          <>
            {' '}
            and made <Money cents={since.profitSinceCents} /> at the asking price (the check expected{' '}
            {since.profitThenCents === null ? 'no figure' : <Money cents={since.profitThenCents} />})
          </>
        )}
        .
      </p>
      <ResponsiveTable
        caption="Its parts, then and since"
        head={['Part', 'Value at the check', 'Your sales since']}
        alignRight={['Value at the check', 'Your sales since']}
      >
        {since.items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a saved check's items never change, and two may be alike
          <Row key={index}>
            <Cell label="Part" className="font-medium">
              {item.name}
            </Cell>
            <Cell label="Value at the check" className="text-right">
              <Money cents={item.valueThenCents} />
            </Cell>
            <Cell label="Your sales since" className="text-right">
              {item.soldSinceCents === null ? (
                <span className="text-base-content/60">none</span>
              ) : (
                <>
                  <Money cents={item.soldSinceCents} />
                  <span className="block text-xs text-base-content/60">
                    {item.soldSinceCount} sale{item.soldSinceCount === 1 ? '' : 's'}
                  </span>
                </>
              )}
            </Cell>
          </Row>
        ))}
      </ResponsiveTable>
    </>
  );
}
