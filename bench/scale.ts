// `npm run bench:scale` (issue 11): 1,000 users, 2,000,000 parts, 1,000,000 sales generated inside PostgreSQL
// on the product's own schema; measures the analytics routes, the nightly reconcile and the database size;
// writes bench/results/scale.{json,md}; drops the (large) database at the end unless BENCH_SCALE_KEEP_DB=1.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchUser } from './lib/accounts';
import { chooseTool } from './lib/choose-tool';
import { benchDatabaseUrl, dropDatabase, recreateDatabase, serverVersion, withClient } from './lib/database';
import { run } from './lib/exec';
import { machineFacts, measuredCommit } from './lib/machine';
import { measureLeastDisturbed, type ScenarioResult } from './lib/measure';
import { WORK_DIR } from './lib/paths';
import { findPostgres, type PostgresProcesses } from './lib/postgres-process';
import { createScaleAdmin, createScaleTokens, scalePasswordHash } from './lib/scale-accounts';
import { generateScaleData, SCALE, type StepTiming } from './lib/scale-data';
import { reconcileLines, type ScaleReport, scaleTable, writeScaleReport } from './lib/scale-report';
import { scaleScenarios } from './lib/scale-scenarios';
import { databaseSize, type TimedStep, timed, timeReconcile } from './lib/scale-steps';
import type { Scenario } from './lib/scenarios';
import { startServer } from './lib/server';
import { runServerCommand } from './lib/server-command';

const FEW_CONNECTIONS = 2;
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/pwf_scale_bench';
/** A day of the data with sales for most users: the nightly job's work for one day. */
const RECONCILE_DAY = '2025-06-15';

const positive = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

const settings = {
  connections: positive('BENCH_CONNECTIONS', 32),
  // Longer than `npm run bench`'s 3 s: a user's first request of the day on a worker records the activity,
  // and a token's first in a minute its last use (two writes with a commit each). A day spreads them out;
  // 3 s of 1,000 users' first requests put them all in the measured 10 s (S1: ~50 % more CPU per answer).
  warmupSeconds: positive('BENCH_WARMUP_SECONDS', 15),
  durationSeconds: positive('BENCH_DURATION_SECONDS', 10),
  // Per worker (two here): 4 backends on PostgreSQL's 2 cores, the server's default (bench/README.md,
  // "Connections to PostgreSQL": 16 per worker measured 18-31 % fewer summaries than 4, 4 a higher p99 than 2).
  poolSize: positive('BENCH_POOL_SIZE', 2),
};
const maxAttempts = positive('BENCH_MAX_ATTEMPTS', 3);
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '--max-old-space-size=128')
  .split(' ')
  .filter(Boolean);

/** BENCH_SCALE_KEEP_DB=1 keeps the database (dropped by default: it is large); BENCH_SCALE_REUSE_DB=1 reuses it. */
const keep = process.env.BENCH_SCALE_KEEP_DB === '1';
const reuse = process.env.BENCH_SCALE_REUSE_DB === '1';
/** e.g. BENCH_ONLY=S1 (an A/B run of one request; the report then holds only it) */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim().toUpperCase());

const step = (text: string) => console.log(`\n== ${text}`);

async function tableCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const result = await client.query<Record<string, string>>(
      `select (select count(*) from "user") as users, (select count(*) from part) as parts,
        (select count(*) from sale) as sales, (select count(*) from sale_refund) as refunds,
        (select count(*) from expense) as expenses, (select count(*) from listing) as listings,
        (select count(*) from user_activity) as "activity days"`,
    );
    return Object.fromEntries(Object.entries(result.rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
  });
}

/** The invariants the product keeps, checked on the generated data; throws on the first broken one. */
async function checkInvariants(url: string): Promise<void> {
  // Joins of whole tables (hash joins), not a subquery per row: seconds, not minutes, on 2,000,000 parts.
  const countsBy = (table: string, column: string, where = 'true') =>
    `(select ${column} as id, count(*) as n from ${table} where ${where} group by ${column})`;
  const checks: [string, string][] = [
    [
      'sold parts without exactly one sale and one sale item',
      `select count(*) from part p left join ${countsBy('sale', 'part_id')} s on s.id = p.id
       left join ${countsBy('sale_item', 'part_id')} i on i.id = p.id
       where p.status = 'sold' and (coalesce(s.n, 0) <> 1 or coalesce(i.n, 0) <> 1)`,
    ],
    [
      'sales whose cost of goods is not the part cost, or another owner, or sold before bought',
      `select count(*) from sale s join part p on p.id = s.part_id
       where s.cogs_cents <> p.cost_cents or s.owner_id <> p.owner_id or s.sold_at < p.acquired_at`,
    ],
    [
      'sales whose refunds do not sum to refunded_cents',
      `select count(*) from sale s left join (select sale_id, sum(amount_cents) as total from sale_refund
         group by sale_id) r on r.sale_id = s.id where s.refunded_cents <> coalesce(r.total, 0)`,
    ],
    [
      'listed parts without exactly one active listing',
      `select count(*) from part p left join ${countsBy('listing', 'part_id', "status = 'active'")} l on l.id = p.id
       where p.status = 'listed' and coalesce(l.n, 0) <> 1`,
    ],
  ];
  await withClient(url, async (client) => {
    for (const [what, query] of checks) {
      const n = Number((await client.query<{ count: string }>(query)).rows[0]?.count);
      if (n !== 0) throw new Error(`Generated data: ${n} ${what}`);
    }
  });
}

/** What generating the data made and took: kept in bench/work for BENCH_SCALE_REUSE_DB=1. */
interface Prepared {
  users: BenchUser[];
  admin: BenchUser;
  generation: StepTiming[];
  vacuumAnalyze: TimedStep;
  analyticsRebuild: TimedStep;
}

const STATE_FILE = path.join(WORK_DIR, 'scale-state.json');

async function prepare(url: string, postgres: PostgresProcesses | undefined): Promise<Prepared> {
  step(`Migrating ${new URL(url).pathname.slice(1)} with the product's migrations`);
  await runServerCommand(url, 'migrate');
  // The server imports the parts catalog on its first start; done here, the start is quick.
  await runServerCommand(url, 'catalog-import');
  step(`Generating ${SCALE.users} users, ${SCALE.parts} parts, ${SCALE.sales} sales inside PostgreSQL`);
  const passwordHash = await scalePasswordHash();
  const { generation, users } = await withClient(url, async (client) => {
    const timings = await generateScaleData(client, passwordHash);
    return { generation: timings, users: await createScaleTokens(client, SCALE.users) };
  });
  const admin = await withClient(url, (client) => createScaleAdmin(url, client));
  await checkInvariants(url);
  const vacuum = await timed(postgres, () => withClient(url, (c) => c.query('vacuum analyze')));
  step("Rebuilding the daily aggregates with the product's dist/analytics-rebuild.js");
  const rebuild = await timed(postgres, () => runServerCommand(url, 'analytics-rebuild'));
  await withClient(url, (client) => client.query('vacuum analyze analytics_daily, platform_daily'));
  const prepared: Prepared = {
    users,
    admin,
    generation,
    vacuumAnalyze: { ms: vacuum.ms, otherCpuShare: vacuum.otherCpuShare },
    analyticsRebuild: { ms: rebuild.ms, otherCpuShare: rebuild.otherCpuShare },
  };
  writeFileSync(STATE_FILE, `${JSON.stringify(prepared, null, 2)}\n`, { mode: 0o600 });
  return prepared;
}

async function main(): Promise<number> {
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const commit = await measuredCommit();
  const url = benchDatabaseUrl({ BENCH_DATABASE_URL: process.env.BENCH_SCALE_DATABASE_URL ?? DEFAULT_URL });
  const tool = await chooseTool();
  mkdirSync(WORK_DIR, { recursive: true });

  step('Building the server and the web app (npm run build)');
  await run('npm', ['run', 'build', '--silent']);
  try {
    if (!reuse) await recreateDatabase(url);
    const postgres = await findPostgres(url);
    const { users, admin, generation, vacuumAnalyze, analyticsRebuild } = reuse
      ? (JSON.parse(readFileSync(STATE_FILE, 'utf8')) as Prepared)
      : await prepare(url, postgres);
    const dataset = await tableCounts(url);

    step(`Starting the production server (pool ${settings.poolSize})`);
    const server = await startServer({
      databaseUrl: url,
      poolSize: settings.poolSize,
      nodeArgs: serverNodeArgs,
      // Other sessions' load can make the start (three node processes) take over 30 s on this machine.
      startupTimeoutMs: 120_000,
    });
    const scenarios = scaleScenarios(url, admin).filter((s) => !only || only.includes(s.id));
    const results: ScenarioResult[] = [];
    const singleConnection: ScenarioResult[] = [];
    try {
      step('Checking the answers against the ledger before measuring');
      for (const scenario of scenarios) await scenario.verify(server.baseUrl, users);
      const context = {
        ...settings,
        tool: tool.run,
        baseUrl: server.baseUrl,
        databaseUrl: url,
        users,
        postgres,
      };
      const measure = (scenario: Scenario, connections: number) => {
        step(`${scenario.id} ${scenario.title}, ${connections} connection${connections === 1 ? '' : 's'}`);
        return measureLeastDisturbed(
          scenario,
          { ...context, connections, serverPid: server.pid },
          maxAttempts,
          (r, attempt) =>
            console.log(
              `run ${attempt}: ${r.load.requestsPerSecond.toFixed(0)} req/s, p99 ${r.load.latencyMs.p99.toFixed(2)} ms, ` +
                `other processes ${(r.otherCpuShare * 100).toFixed(0)} % of the CPU`,
            ),
        );
      };
      for (const scenario of scenarios) results.push(await measure(scenario, settings.connections));
      // Almost no queueing (2: the fewest wrk -t2 takes): the service time, what one person sees.
      for (const scenario of scenarios) singleConnection.push(await measure(scenario, FEW_CONNECTIONS));
    } finally {
      await server.stop();
    }
    step(`Nightly reconcile of ${RECONCILE_DAY} for every user`);
    const reconcile = await timeReconcile(url, postgres, RECONCILE_DAY);
    const report: ScaleReport = {
      run: 'scale (issue 11)',
      startedAt,
      commit,
      machine: machineFacts(await serverVersion(url), tool.label),
      loadAverageAtStart,
      settings,
      dataset,
      generation,
      vacuumAnalyze,
      analyticsRebuild,
      scenarios: results,
      singleConnection,
      reconcile,
      databaseSize: await databaseSize(url),
      valid: [...results, ...singleConnection].every((r) => r.invalid.length === 0),
    };
    const files = writeScaleReport(report);
    step('Results');
    console.log(
      `${scaleTable(report)}\n\n${scaleTable(report, singleConnection)}\n\n${reconcileLines(reconcile)}`,
    );
    console.log(`Database size: ${(report.databaseSize.totalBytes / 1024 ** 2).toFixed(0)} MB`);
    console.log(`Written: ${files.join(', ')}`);
    return report.valid ? 0 : 1;
  } finally {
    if (keep) console.log(`Kept ${url} (BENCH_SCALE_KEEP_DB=1)`);
    else {
      step('Dropping the scale database');
      await dropDatabase(url);
    }
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('\nscale bench failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
