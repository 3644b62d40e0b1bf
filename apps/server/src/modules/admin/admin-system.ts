import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SystemInfo } from '@partwise/shared';
import { desc, sql } from 'drizzle-orm';
import type { Config } from '../../config';
import { APP_VERSION } from '../../core/version';
import { type Database, MIGRATIONS_DIR, queryRows } from '../../db/client';
import { jobRun } from '../../db/schema';

/** What other modules know about the system: the assistant knows its provider (until it exists: none). */
export interface SystemSeams {
  assistant?: () => Promise<SystemInfo['assistant']>;
}

/** The last runs of the scheduled jobs, newest first. */
async function latestJobRuns(database: Database): Promise<SystemInfo['jobRuns']> {
  const rows = await database.db
    .select({ job: jobRun.job, startedAt: jobRun.startedAt, outcome: jobRun.outcome })
    .from(jobRun)
    .orderBy(desc(jobRun.startedAt), desc(jobRun.id))
    .limit(10);
  return rows.map((r) => ({ job: r.job, startedAt: r.startedAt.toISOString(), outcome: r.outcome }));
}

function migrationTags(): string[] {
  try {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    return journal.entries.map((e) => e.tag);
  } catch {
    return [];
  }
}

export async function systemInfo(
  database: Database,
  config: Config,
  now: Date,
  seams: SystemSeams = {},
): Promise<SystemInfo> {
  const { db } = database;
  const since = new Date(now.getTime() - 24 * 3600 * 1000).toISOString();
  const [[size], [migrations], [hooks], [users], jobRuns, assistant] = await Promise.all([
    queryRows<{ bytes: string | number }>(
      db,
      sql`select pg_database_size(current_database())::bigint as bytes`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
    queryRows<{ received: number; failed: number }>(
      db,
      sql`select count(*)::int as received,
        count(*) filter (where error is not null and processed_at is null)::int as failed
        from stripe_event where created_at >= ${since}::timestamptz`,
    ),
    queryRows<{ total: number; admins: number; suspended: number }>(
      db,
      sql`select count(*)::int as total, count(*) filter (where role = 'admin')::int as admins,
        count(*) filter (where banned)::int as suspended from "user"`,
    ),
    latestJobRuns(database),
    seams.assistant?.() ?? Promise.resolve(null),
  ]);
  const applied = migrations?.n ?? 0;
  return {
    version: APP_VERSION,
    database: {
      engine: database.kind,
      sizeBytes: Number(size?.bytes ?? 0),
      migrations: applied,
      lastMigration: migrationTags()[applied - 1] ?? null,
    },
    billingConfigured: config.billing !== null,
    webhooks24h: { received: hooks?.received ?? 0, failed: hooks?.failed ?? 0 },
    jobRuns,
    assistant,
    users: users ?? { total: 0, admins: 0, suspended: 0 },
  };
}
