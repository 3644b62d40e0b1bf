import { cpus } from 'node:os';
import { withClient } from './database';
import { benchDbCpu, benchDbCpuSince, type PostgresProcesses } from './postgres-process';
import { machineBusyCpuMs, selfAndReapedChildrenCpuMs } from './proc-stats';
import { runServerCommand } from './server-command';

/** A timed step of the scale run, and how much of the machine other sessions took meanwhile. */
export interface TimedStep {
  ms: number;
  /** CPU of processes other than this script, its children and the bench database, as a share of all cores. */
  otherCpuShare: number;
}

/** Times `work` and measures the CPU that other processes took meanwhile, as bench/lib/measure.ts does. */
export async function timed<T>(
  postgres: PostgresProcesses | undefined,
  work: () => Promise<T>,
): Promise<TimedStep & { value: T }> {
  const db = postgres ? benchDbCpu(postgres) : new Map<number, number>();
  const own = selfAndReapedChildrenCpuMs();
  const machine = machineBusyCpuMs();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  const ours = (postgres ? benchDbCpuSince(postgres, db) : 0) + selfAndReapedChildrenCpuMs() - own;
  const otherCpuShare = Math.max(0, machineBusyCpuMs() - machine - ours) / (ms * cpus().length);
  return { ms, otherCpuShare, value };
}

export interface ReconcileResult {
  day: string;
  /** The job on that day as the night finds it: every aggregate equal to the ledger, nothing to repair. */
  check: TimedStep;
  /** The same after deleting every owner's aggregate of that day: every owner-day recomputed. */
  repairAll: TimedStep & { ownerDays: number };
  /** Owner-days with sales that differed from the ledger once the day's aggregates were deleted. */
  salesDriftBefore: number;
  /** Owner-days whose sales count or revenue still differ from the sales after the repair (0 expected). */
  salesDriftAfter: number;
}

/** Owners whose aggregate of `day` has another sales count or revenue than their sales (a missing row is 0). */
const salesDrift = (url: string, day: string) =>
  withClient(url, async (client) => {
    const result = await client.query<{ n: number }>(
      `select count(*)::int as n from
         (select owner_id, count(*) as sales, sum(price_cents) as revenue from sale
          where sold_at = $1 and voided_at is null group by owner_id) as l
         full join (select owner_id, sum(sales_count) as sales_count, sum(revenue_cents) as revenue_cents
           from analytics_daily where day = $1 group by owner_id) as a using (owner_id)
       where coalesce(l.sales, 0) <> coalesce(a.sales_count, 0) or coalesce(l.revenue, 0) <> coalesce(a.revenue_cents, 0)`,
      [day],
    );
    return result.rows[0]?.n ?? 0;
  });

const ownerDaysOn = (url: string, day: string) =>
  withClient(url, async (client) => {
    const result = await client.query<{ n: number }>(
      'select count(distinct owner_id)::int as n from analytics_daily where day = $1',
      [day],
    );
    return result.rows[0]?.n ?? 0;
  });

/**
 * The nightly reconcile (modules/analytics/reconcile.ts, through `dist/analytics-reconcile.js`) for one day of
 * every user: once as it is, once after that day's aggregates were deleted, so it recomputes them all.
 */
export async function timeReconcile(
  url: string,
  postgres: PostgresProcesses | undefined,
  day: string,
): Promise<ReconcileResult> {
  const reconcile = () => runServerCommand(url, 'analytics-reconcile', ['--from', day]);
  const check = await timed(postgres, reconcile);
  const ownerDays = await ownerDaysOn(url, day);
  await withClient(url, (client) => client.query('delete from analytics_daily where day = $1', [day]));
  const salesDriftBefore = await salesDrift(url, day);
  const repairAll = await timed(postgres, reconcile);
  return {
    day,
    check: { ms: check.ms, otherCpuShare: check.otherCpuShare },
    repairAll: { ms: repairAll.ms, otherCpuShare: repairAll.otherCpuShare, ownerDays },
    salesDriftBefore,
    salesDriftAfter: await salesDrift(url, day),
  };
}

export interface DatabaseSize {
  totalBytes: number;
  /** The largest tables with their indexes and TOAST. */
  tables: { table: string; bytes: number }[];
}

export async function databaseSize(url: string): Promise<DatabaseSize> {
  return withClient(url, async (client) => {
    const total = await client.query<{ bytes: string }>(
      'select pg_database_size(current_database()) as bytes',
    );
    const tables = await client.query<{ table: string; bytes: string }>(
      `select relname as table, pg_total_relation_size(oid) as bytes from pg_class
       where relkind = 'r' and relnamespace = 'public'::regnamespace order by 2 desc limit 8`,
    );
    return {
      totalBytes: Number(total.rows[0]?.bytes),
      tables: tables.rows.map((r) => ({ table: r.table, bytes: Number(r.bytes) })),
    };
  });
}
