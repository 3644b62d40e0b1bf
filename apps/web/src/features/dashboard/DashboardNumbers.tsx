import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Money } from '../../components/Money';
import { ErrorState } from '../../components/states';
import { presetRange } from '../../lib/date-range';
import { useToday } from '../account/time-zone';
import { partQueries } from '../inventory/queries';
import { pnlQueries } from '../sales/queries';

function Stat({ label, value, hint }: { label: string; value: ReactNode; hint: ReactNode }) {
  return (
    <div className="stat">
      <div className="stat-title">{label}</div>
      <div className="stat-value tabular text-2xl">{value}</div>
      <div className="stat-desc">{hint}</div>
    </div>
  );
}

/** The business at a glance: this month's profit and loss, and the inventory summary. */
export function DashboardNumbers() {
  const today = useToday();
  const summary = useQuery(partQueries.summary());
  const month = useQuery(pnlQueries.range(presetRange('this-month', today)));
  const worth = useQuery(partQueries.worth());
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  const data = summary.data;
  const loading = <span className="skeleton inline-block h-7 w-24 align-middle" />;
  const inStock = data?.byStatus.in_stock;
  const tiedUp = data ? data.byStatus.in_build.costCents + data.byStatus.listed.costCents : 0;
  return (
    <div
      className="stats stats-vertical w-full border border-base-300 bg-base-100 sm:stats-horizontal"
      aria-busy={summary.isPending}
    >
      <Stat
        label="Profit this month"
        value={month.data ? <Money cents={month.data.netProfitCents} /> : month.isError ? '—' : loading}
        hint={
          month.data
            ? `${month.data.salesCount} ${month.data.salesCount === 1 ? 'sale' : 'sales'}, after fees, costs and expenses`
            : ' '
        }
      />
      <Stat
        label="Inventory at cost"
        value={data ? <Money cents={data.inventoryValueCents} /> : loading}
        hint={
          data ? (
            <>
              {data.unsoldCount} unsold {data.unsoldCount === 1 ? 'part' : 'parts'}
              {worth.data && worth.data.count > 0 && (
                <>
                  , worth about <Money cents={worth.data.valueCents} />
                </>
              )}
            </>
          ) : (
            ' '
          )
        }
      />
      <Stat
        label="In stock"
        value={inStock ? inStock.count : loading}
        hint={
          data ? (
            <>
              <Money cents={tiedUp} /> in builds and listings
            </>
          ) : (
            ' '
          )
        }
      />
    </div>
  );
}
