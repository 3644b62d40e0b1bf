import { sql } from 'drizzle-orm';
import type { Clock } from '../core/clock';
import type { Db, Tx } from '../db/client';
import { queryRows } from '../db/client';
import { jobRun } from '../db/schema';

export interface JobContext {
  tx: Tx;
  /** The instant the run started (the clock's). */
  now: Date;
}

/** A named piece of scheduled work: what it did, in rows and words. */
export interface Job {
  name: string;
  /** A cron pattern, read in UTC. */
  schedule: string;
  run(ctx: JobContext): Promise<{ rows: number; detail?: string }>;
}

export type RunOutcome = 'ok' | 'failed' | 'skipped';

/** The scheduled minute a run is for: processes that fire for the same minute agree on it. */
export const slotOf = (at: Date): Date => new Date(Math.floor(at.getTime() / 60_000) * 60_000);

/**
 * Runs a job once for its slot across every process on the database: inside one transaction that holds a
 * transaction-level advisory lock on the job's name (released by the commit, so a crashed process never
 * keeps it). A process that cannot take the lock, or finds the slot already done, skips; nothing is written
 * for a skip. The run's work and its `job_run` row commit together; a failure is recorded after the rollback.
 */
export async function runJob(
  db: Db,
  clock: Clock,
  job: Job,
  slot = slotOf(clock.now()),
): Promise<RunOutcome> {
  const startedAt = clock.now();
  try {
    return await db.transaction(async (tx) => {
      const [lock] = await queryRows<{ locked: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(hashtext(${`job:${job.name}`})) as locked`,
      );
      if (!lock?.locked) return 'skipped';
      const [done] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from job_run
          where job = ${job.name} and slot = ${slot.toISOString()}::timestamptz and outcome = 'ok'`,
      );
      if ((done?.n ?? 0) > 0) return 'skipped';
      const result = await job.run({ tx, now: startedAt });
      await tx.insert(jobRun).values({
        job: job.name,
        slot,
        startedAt,
        finishedAt: clock.now(),
        outcome: 'ok',
        rows: result.rows,
        detail: result.detail ?? null,
      });
      return 'ok';
    });
  } catch (err) {
    await db.insert(jobRun).values({
      job: job.name,
      slot,
      startedAt,
      finishedAt: clock.now(),
      outcome: 'failed',
      error: err instanceof Error ? err.message.slice(0, 2000) : String(err),
    });
    return 'failed';
  }
}
