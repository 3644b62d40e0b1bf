import { useQuery } from '@tanstack/react-query';
import { ErrorState, SkeletonRows } from '../../components/states';
import { formatDateTime } from '../../lib/format';
import { adminQueries } from './queries';

const bytes = (n: number) =>
  n >= 1_073_741_824 ? `${(n / 1_073_741_824).toFixed(1)} GB` : `${(n / 1_048_576).toFixed(1)} MB`;

export function SystemPanel() {
  const system = useQuery(adminQueries.system());
  if (system.isPending) return <SkeletonRows rows={4} label="Loading system information" />;
  if (system.isError) return <ErrorState error={system.error} onRetry={() => void system.refetch()} />;
  const s = system.data;
  const rows: [string, string][] = [
    ['Version', s.version],
    [
      'Database',
      `${s.database.engine === 'postgres' ? 'PostgreSQL' : 'Embedded (PGlite)'}, ${bytes(s.database.sizeBytes)}`,
    ],
    [
      'Migrations applied',
      `${s.database.migrations}${s.database.lastMigration ? ` (latest ${s.database.lastMigration})` : ''}`,
    ],
    [
      'Billing',
      s.billingConfigured ? 'Stripe configured' : 'Not configured: everyone is on free or a granted plan',
    ],
    ['Stripe webhooks, last 24 hours', `${s.webhooks24h.received} received, ${s.webhooks24h.failed} failed`],
    [
      'Assistant',
      !s.assistant || s.assistant.provider === 'none'
        ? 'Not configured (AI_PROVIDER)'
        : `${s.assistant.provider} ${s.assistant.model}: ${s.assistant.reachable ? 'answering' : 'not answering'}`,
    ],
    ['Users', `${s.users.total} (${s.users.admins} admins, ${s.users.suspended} suspended)`],
  ];
  return (
    <div className="grid gap-4">
      <section className="card border border-base-300 bg-base-100">
        <dl className="card-body grid gap-3 sm:grid-cols-[14rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm text-base-content/60">{label}</dt>
              <dd
                className={
                  label === 'Stripe webhooks, last 24 hours' && s.webhooks24h.failed > 0 ? 'text-error' : ''
                }
              >
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card border border-base-300 bg-base-100">
        <div className="card-body">
          <h2 className="card-title text-base">Scheduled jobs</h2>
          {s.jobRuns.length === 0 ? (
            <p className="text-sm text-base-content/60">No job runs recorded yet.</p>
          ) : (
            <ul className="text-sm">
              {s.jobRuns.map((run) => (
                <li key={`${run.job}-${run.startedAt}`}>
                  {run.job}: {run.outcome}, {formatDateTime(run.startedAt)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </div>
  );
}
