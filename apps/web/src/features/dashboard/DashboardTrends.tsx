import { addDays } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Money } from '../../components/Money';
import { ErrorState } from '../../components/states';
import { presetRange } from '../../lib/date-range';
import { formatDay, formatSignedMoney } from '../../lib/format';
import { useToday } from '../account/time-zone';
import { analyticsQueries } from '../analytics/queries';
import { Sparkline } from './Sparkline';

const loading = <span className="skeleton inline-block h-7 w-24 align-middle" />;

function Compare({
  label,
  now,
  before,
  money,
}: {
  label: string;
  now: number;
  before: number;
  money: boolean;
}) {
  const change = now - before;
  const text = money ? formatSignedMoney(change) : `${change > 0 ? '+' : ''}${change}`;
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-sm text-base-content/70">{label}</dt>
      <dd className="tabular text-xl font-semibold">{money ? <Money cents={now} /> : now}</dd>
      <dd className={`text-xs ${change < 0 ? 'text-error' : 'text-base-content/60'}`}>
        {text} from last month's {money ? <Money cents={before} /> : before}
      </dd>
    </div>
  );
}

function Panel({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section aria-label={title} className="card min-w-0 border border-base-300 bg-base-100">
      <div className="card-body gap-3 p-4 sm:p-5">
        <div className="flex items-baseline justify-between gap-2">
          <h3 className="font-semibold">{title}</h3>
          {action}
        </div>
        {children}
      </div>
    </section>
  );
}

/** This month against last, the last 90 days of profit, and what has sat longest. */
export function DashboardTrends() {
  const today = useToday();
  const months = { from: presetRange('last-month', today).from, to: today };
  const ninety = { from: addDays(today, -89), to: today };
  const monthly = useQuery(analyticsQueries.timeseries(months, 'month'));
  const daily = useQuery(analyticsQueries.timeseries(ninety, 'day'));
  const aging = useQuery(analyticsQueries.aging());
  const failed = [monthly, daily, aging].find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;

  const [last, now] = monthly.data?.points ?? [];
  let running = 0;
  const cumulative = (daily.data?.points ?? []).map((p) => {
    running += p.netProfitCents;
    return running;
  });
  const oldest = (aging.data?.oldest ?? []).slice(0, 5);

  return (
    <div className="mt-4 grid gap-4 lg:grid-cols-3">
      <Panel
        title="This month against last"
        action={
          <Link to="/analytics" className="link link-hover text-sm">
            Analytics
          </Link>
        }
      >
        {now && last ? (
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-1 xl:grid-cols-2">
            <Compare label="Net profit" now={now.netProfitCents} before={last.netProfitCents} money />
            <Compare label="Sales" now={now.salesCount} before={last.salesCount} money={false} />
            <Compare label="Stock at cost" now={now.stockValueCents} before={last.stockValueCents} money />
          </dl>
        ) : (
          loading
        )}
      </Panel>
      <Panel title="Profit, last 90 days">
        {daily.data ? (
          <>
            <p className="tabular text-xl font-semibold">
              <Money cents={running} />
            </p>
            <Sparkline
              values={cumulative}
              label={`Running profit from ${formatDay(ninety.from)} to ${formatDay(ninety.to)}, ending at ${formatSignedMoney(running)}`}
            />
            <p className="text-xs text-base-content/60">Running total since {formatDay(ninety.from)}</p>
          </>
        ) : (
          loading
        )}
      </Panel>
      <Panel title="Sitting longest">
        {!aging.data ? (
          loading
        ) : oldest.length === 0 ? (
          <p className="text-sm text-base-content/70">Nothing unsold: every part you bought has been sold.</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm">
            {oldest.map((item) => (
              <li key={item.id} className="flex items-baseline justify-between gap-3">
                <Link to={`/inventory/${item.id}`} className="link link-hover truncate">
                  {item.name}
                </Link>
                <span className="tabular shrink-0 text-base-content/60">{item.daysHeld} days</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
