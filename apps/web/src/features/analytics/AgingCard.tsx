import { type Aging, PART_STATUS_LABELS } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Money } from '../../components/Money';
import { ErrorState } from '../../components/states';
import { formatDay } from '../../lib/format';
import { ChartCard } from './ChartCard';
import type { ChartTheme } from './chart-theme';
import { BarsChart } from './charts';
import type { Column } from './csv';
import { analyticsQueries } from './queries';

type Bucket = Aging['buckets'][number];

const bucketName = (bucket: Bucket['bucket']) => (bucket === '181+' ? 'Over 180 days' : `${bucket} days`);

const COLUMNS: Column<Bucket>[] = [
  { header: 'Held', value: (b) => bucketName(b.bucket) },
  { header: 'Parts', value: (b) => b.units, numeric: true },
  { header: 'Cost', value: (b) => b.costCents, money: true },
];

/** Unsold stock by how long it has been held, and the items that have sat longest. */
export function AgingCard({ theme }: { theme: ChartTheme }) {
  const aging = useQuery(analyticsQueries.aging());
  if (aging.isError) return <ErrorState error={aging.error} onRetry={() => void aging.refetch()} />;
  const buckets = aging.data?.buckets ?? [];
  const oldest = aging.data?.oldest ?? [];
  return (
    <>
      <ChartCard
        title="Unsold stock by age"
        description="Parts in stock, testing, in a build or listed, by days since you bought them, at cost."
        filename={`stock-aging-${aging.data?.today ?? 'today'}.csv`}
        columns={COLUMNS}
        rows={buckets}
        rowKey={(b) => b.bucket}
        empty={aging.isPending ? <div className="skeleton h-64 w-full" /> : undefined}
        chart={
          <BarsChart
            label="Cost of unsold stock by days held"
            theme={theme}
            labels={buckets.map((b) => bucketName(b.bucket))}
            series={[{ label: 'Cost', values: buckets.map((b) => b.costCents), color: theme.warning }]}
          />
        }
      />
      {oldest.length > 0 && (
        <section aria-labelledby="oldest-title" className="card border border-base-300 bg-base-100">
          <div className="card-body gap-3 max-sm:p-4">
            <h2 id="oldest-title" className="card-title text-base">
              Sitting longest
            </h2>
            <ul className="divide-y divide-base-300">
              {oldest.map((item) => (
                <li
                  key={item.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2"
                >
                  <Link to={`/inventory/${item.id}`} className="link link-hover font-medium">
                    {item.name}
                  </Link>
                  <span className="text-sm text-base-content/70">
                    {item.daysHeld} days · {PART_STATUS_LABELS[item.status].toLowerCase()} · since{' '}
                    {formatDay(item.acquiredAt)} · <Money cents={item.costCents} />
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
    </>
  );
}
