import { useQuery } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';
import { Money } from '../../components/Money';
import { ErrorState, SkeletonRows } from '../../components/states';
import { useToday } from '../account/time-zone';
import { ANALYTICS_PRESET_LABELS, type AnalyticsPreset, analyticsRange } from '../analytics/range';
import { JobRuns } from './JobRuns';
import { adminQueries } from './queries';

// Its own chunk with Chart.js, fetched when the analytics tab shows: the other tabs do not load it.
const PlatformDailyCard = lazy(() =>
  import('./PlatformDailyCard').then((m) => ({ default: m.PlatformDailyCard })),
);

const PRESETS = ['this-month', 'last-month', 'last-30-days', 'this-year', 'last-year'] as const;
type AdminPreset = (typeof PRESETS)[number];
const isAdminPreset = (value: string | null): value is AdminPreset =>
  (PRESETS as readonly string[]).includes(value ?? '');

function Stat({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <div className="rounded-box border border-base-300 bg-base-100 p-4">
      <dt className="text-sm text-base-content/70">{label}</dt>
      <dd className="tabular mt-1 text-xl font-semibold">{value}</dd>
      {hint && <dd className="mt-1 text-xs text-base-content/60">{hint}</dd>}
    </div>
  );
}

/** Platform numbers, aggregates only, and the scheduled jobs. */
export function AdminAnalytics({
  preset: asked,
  onPreset,
}: {
  preset: string | null;
  onPreset: (preset: AnalyticsPreset) => void;
}) {
  const today = useToday();
  const preset: AdminPreset = isAdminPreset(asked) ? asked : 'last-30-days';
  const range = analyticsRange(preset, today);
  const numbers = useQuery(adminQueries.analytics(range));
  return (
    <div className="flex flex-col gap-6">
      <label className="flex flex-col gap-1 text-sm">
        <span className="text-base-content/70">Period</span>
        <select
          className="select select-sm w-40"
          value={preset}
          onChange={(e) => {
            if (isAdminPreset(e.target.value)) onPreset(e.target.value);
          }}
        >
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {ANALYTICS_PRESET_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      {numbers.isPending ? (
        <SkeletonRows rows={3} label="Loading the platform numbers" />
      ) : numbers.isError ? (
        <ErrorState error={numbers.error} onRetry={() => void numbers.refetch()} />
      ) : (
        <section aria-label="Platform numbers">
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <Stat
              label="Users"
              value={numbers.data.users.total}
              hint={`${numbers.data.users.newInRange} new in the period`}
            />
            <Stat
              label="Active users"
              value={numbers.data.users.monthlyActive}
              hint={`In the last 30 days; ${numbers.data.users.weeklyActive} in 7 days, ${numbers.data.users.dailyActive} on the last day`}
            />
            <Stat
              label="Sales"
              value={numbers.data.sales.count}
              hint={
                <>
                  <Money cents={numbers.data.sales.volumeCents} /> in the period, everyone together (sample
                  data left out)
                </>
              }
            />
            <Stat
              label="Parts tracked"
              value={numbers.data.partsTracked}
              hint="Now, by everyone (sample data left out)"
            />
            <Stat
              label="Recurring revenue"
              value={<Money cents={numbers.data.mrrCents} />}
              hint={
                numbers.data.users.byPlan.map((p) => `${p.users} on ${p.plan}`).join(', ') || 'No plans yet'
              }
            />
            <Stat
              label="Assistant tokens"
              value={numbers.data.assistantTokens.total.toLocaleString()}
              hint={
                numbers.data.assistantTokens.byFeature
                  .map((f) => `${f.tokens.toLocaleString()} ${f.feature}`)
                  .join(', ') || 'None used in the period'
              }
            />
          </dl>
        </section>
      )}
      {numbers.data && (
        <Suspense fallback={<div className="skeleton h-96 w-full" />}>
          <PlatformDailyCard analytics={numbers.data} />
        </Suspense>
      )}
      <JobRuns />
    </div>
  );
}
