import type { JobRun } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { ErrorState, SkeletonRows } from '../../components/states';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { adminQueries, useRunJob } from './queries';

const OUTCOME_CLASS: Record<JobRun['outcome'], string> = {
  ok: 'badge-success',
  failed: 'badge-error',
  skipped: 'badge-ghost',
};

/** The jobs this server runs on a schedule, a button to run one now, and their latest runs. */
export function JobRuns() {
  const jobs = useQuery(adminQueries.jobs());
  const run = useRunJob();
  const notify = useToast();
  return (
    <section aria-labelledby="jobs-title" className="card border border-base-300 bg-base-100">
      <div className="card-body gap-4 max-sm:p-4">
        <h2 id="jobs-title" className="card-title text-base">
          Scheduled jobs
        </h2>
        {jobs.isPending && <SkeletonRows rows={3} label="Loading the jobs" />}
        {jobs.isError && <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />}
        {jobs.data && (
          <>
            <ul className="flex flex-col gap-2">
              {jobs.data.jobs.map((job) => (
                <li key={job.name} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <span className="font-medium">{job.name}</span>{' '}
                    <code className="text-sm text-base-content/60">{job.schedule}</code>{' '}
                    <span className="text-xs text-base-content/60">(UTC)</span>
                  </span>
                  <button
                    type="button"
                    className="btn btn-sm"
                    disabled={run.isPending}
                    onClick={() =>
                      run.mutate(job.name, {
                        onSuccess: () => notify(`${job.name} ran`),
                        onError: (error) => notify(errorMessage(error), 'error'),
                      })
                    }
                  >
                    Run now<span className="sr-only"> {job.name}</span>
                  </button>
                </li>
              ))}
            </ul>
            {jobs.data.runs.length === 0 ? (
              <p className="text-sm text-base-content/70">No runs yet.</p>
            ) : (
              <ResponsiveTable
                caption="Latest job runs"
                head={['Job', 'Started', 'Finished', 'Outcome', 'Rows', 'What it found']}
                alignRight={['Rows']}
              >
                {jobs.data.runs.map((r) => (
                  <Row key={r.id}>
                    <Cell label="Job">
                      {r.job} <span className="text-xs text-base-content/60">{r.slot}</span>
                    </Cell>
                    <Cell label="Started">{formatDateTime(r.startedAt)}</Cell>
                    <Cell label="Finished">{r.finishedAt ? formatDateTime(r.finishedAt) : 'Running'}</Cell>
                    <Cell label="Outcome">
                      <span className={`badge badge-sm ${OUTCOME_CLASS[r.outcome]}`}>{r.outcome}</span>
                    </Cell>
                    <Cell label="Rows" className="tabular sm:text-right">
                      {r.rows}
                    </Cell>
                    <Cell label="What it found" className="text-sm">
                      {r.error ?? r.detail ?? '—'}
                    </Cell>
                  </Row>
                ))}
              </ResponsiveTable>
            )}
          </>
        )}
      </div>
    </section>
  );
}
