import type { Pnl } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { Money } from '../../components/Money';
import { ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { formatDay } from '../../lib/format';
import { pnlQueries } from './queries';
import { RangeFilter, useRange } from './RangeFilter';
import { SalesTabs } from './SalesTabs';

/** Each line as the API counts it; the signs show what adds and what takes away. */
const LINES: { label: string; cents: (p: Pnl) => number; hint?: string }[] = [
  { label: 'Revenue', cents: (p) => p.revenueCents, hint: 'sale prices, on their sale date' },
  { label: 'Platform fees', cents: (p) => -p.feesCents },
  { label: 'Shipping', cents: (p) => -p.shippingCents },
  { label: 'Cost of goods sold', cents: (p) => -p.cogsCents, hint: 'what the sold parts cost you' },
  { label: 'Refunds', cents: (p) => -p.refundsCents, hint: 'on their refund date' },
  {
    label: 'Cost of goods returned',
    cents: (p) => p.cogsReturnedCents,
    hint: 'items that came back to stock',
  },
];

export function PnlPage() {
  const { range } = useRange('this-month');
  const pnl = useQuery(pnlQueries.range(range));
  return (
    <>
      <PageHeader title="Sales" description="Everything you sold and what it really earned." />
      <SalesTabs />
      <div className="mb-4">
        <RangeFilter fallback="this-month" />
      </div>
      {pnl.isPending ? (
        <SkeletonRows rows={6} label="Loading profit and loss" />
      ) : pnl.isError ? (
        <ErrorState error={pnl.error} onRetry={() => void pnl.refetch()} />
      ) : (
        <PnlStatement pnl={pnl.data} />
      )}
    </>
  );
}

function PnlStatement({ pnl }: { pnl: Pnl }) {
  const period =
    pnl.from && pnl.to
      ? `${formatDay(pnl.from)} – ${formatDay(pnl.to)}`
      : pnl.from
        ? `Since ${formatDay(pnl.from)}`
        : 'All time';
  return (
    <section aria-label="Profit and loss" className="card max-w-2xl border border-base-300 bg-base-100">
      <div className="card-body gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="card-title text-base">Profit and loss</h2>
          <p className="text-sm text-base-content/60">
            {period} · {pnl.salesCount} {pnl.salesCount === 1 ? 'sale' : 'sales'}
          </p>
        </div>
        <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-2">
          {LINES.map((line) => (
            <Line key={line.label} label={line.label} cents={line.cents(pnl)} hint={line.hint} />
          ))}
          <Line label="Gross profit" cents={pnl.grossProfitCents} strong />
          <Line label="Expenses" cents={-pnl.expensesCents} hint="supplies, tools, mileage, subscriptions" />
          <Line label="Net profit" cents={pnl.netProfitCents} strong testId="net-profit" />
        </dl>
      </div>
    </section>
  );
}

function Line({
  label,
  cents,
  hint,
  strong,
  testId,
}: {
  label: string;
  cents: number;
  hint?: string | undefined;
  strong?: boolean;
  testId?: string;
}) {
  const rule = strong ? 'border-t border-base-300 pt-2 font-semibold' : '';
  return (
    <>
      <dt className={rule}>
        {label}
        {hint && <span className="block text-xs font-normal text-base-content/60">{hint}</span>}
      </dt>
      <dd className={`text-right ${rule} ${strong ? 'text-lg' : ''}`} data-testid={testId}>
        <Money cents={cents || 0} />
      </dd>
    </>
  );
}
