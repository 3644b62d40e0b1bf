import { Cron } from 'croner';
import type { Clock } from '../core/clock';
import type { Db } from '../db/client';
import { type Job, runJob } from './runner';

export interface Scheduler {
  jobs: readonly Job[];
  stop(): void;
}

/**
 * The scheduler of the server process (croner): each job fires on its cron pattern in UTC, `protect` keeps a
 * slow run from overlapping the next in this process, and runJob's advisory lock keeps it to one run across
 * processes.
 */
export function startScheduler(
  db: Db,
  clock: Clock,
  jobs: readonly Job[],
  log: (message: string) => void,
): Scheduler {
  const crons = jobs.map(
    (job) =>
      new Cron(job.schedule, { timezone: 'UTC', protect: true, name: job.name }, async () => {
        const outcome = await runJob(db, clock, job);
        if (outcome === 'failed') log(`scheduled job ${job.name} failed: see GET /api/v1/admin/jobs`);
      }),
  );
  return {
    jobs,
    stop: () => {
      for (const c of crons) c.stop();
    },
  };
}
