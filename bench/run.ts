// `npm run bench`: build, generate and check the data, load it, start the production server,
// verify and measure each request type (WORKLOAD.md), write bench/results/latest.{json,md}.
import { generateFiles } from './generate';
import type { BenchUser } from './lib/accounts';
import { chooseTool } from './lib/choose-tool';
import { benchDatabaseUrl, deleteCreatedParts, serverVersion } from './lib/database';
import { run } from './lib/exec';
import {
  CATALOG_P50_TARGET_MS,
  type CatalogSearchResult,
  measureCatalogSearch,
  measureEmbeddedStart,
} from './lib/extra-targets';
import { machineFacts, measuredCommit } from './lib/machine';
import { DISTURBED_SHARE, measureLeastDisturbed, type ScenarioResult } from './lib/measure';
import { findPostgres } from './lib/postgres-process';
import { largestMemoryMb } from './lib/proc-stats';
import {
  type BenchReport,
  discardedNote,
  disturbedWarning,
  extraTargets,
  resultTable,
  writeReport,
} from './lib/report';
import { SCENARIOS } from './lib/scenarios';
import { startServer } from './lib/server';
import { loadDatabase, readLoadedUsers, TOKENS_FILE } from './load';

const RSS_LIMIT_MB = 250;

const numberFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

const settings = {
  connections: numberFromEnv('BENCH_CONNECTIONS', 32),
  warmupSeconds: numberFromEnv('BENCH_WARMUP_SECONDS', 3),
  durationSeconds: numberFromEnv('BENCH_DURATION_SECONDS', 10),
  // The server's default with a worker per core (DATABASE_POOL_SIZE unset: about two per core in all).
  poolSize: numberFromEnv('BENCH_POOL_SIZE', 2),
};
/** e.g. BENCH_ONLY=R2,R5 */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim().toUpperCase());
/**
 * Node flags for the server, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=bench/work/prof". The default
 * is the production setting from the README: a capped old generation, or V8 lets the heap grow to ~250 MB
 * under load before it collects.
 */
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '--max-old-space-size=128')
  .split(' ')
  .filter(Boolean);

const reuseDatabase = process.env.BENCH_REUSE_DB === '1';

/** Measured runs per request type at most, while other processes disturb the machine (BENCH_MAX_ATTEMPTS). */
const maxAttempts = numberFromEnv('BENCH_MAX_ATTEMPTS', 3);

function printAttempt(r: ScenarioResult, attempt: number): void {
  const other = (r.otherCpuShare * 100).toFixed(0);
  console.log(
    `run ${attempt}: ${r.load.requestsPerSecond.toFixed(0)} req/s, p50 ${r.load.latencyMs.p50.toFixed(2)} ms, ` +
      `p99 ${r.load.latencyMs.p99.toFixed(2)} ms, server CPU ${r.serverCpuMsPerRequest.toFixed(3)} ms/req, ` +
      `other processes ${other} % of the CPU${r.otherCpuShare > DISTURBED_SHARE ? ' (disturbed)' : ''}`,
  );
}

const step = (text: string) => console.log(`\n== ${text}`);

async function generateAndLoad(databaseUrl: string): Promise<BenchUser[]> {
  step('Generating the data (WORKLOAD.md 2) and checking the checksums (3.1)');
  generateFiles();
  step(`Loading into a fresh database (${new URL(databaseUrl).pathname.slice(1)})`);
  return loadDatabase(databaseUrl);
}

/** The users and tokens of the previous load (BENCH_REUSE_DB=1, for quick repeated runs while profiling). */
function readTokens(): BenchUser[] {
  step(`Reusing the loaded database and ${TOKENS_FILE}`);
  return readLoadedUsers();
}

async function main(): Promise<number> {
  const startedAt = new Date().toISOString();
  const commit = await measuredCommit();
  const databaseUrl = benchDatabaseUrl();
  const tool = await chooseTool();
  const scenarios = SCENARIOS.filter((s) => !only || only.includes(s.id));

  step('Building the server and the web app (npm run build)');
  await run('npm', ['run', 'build', '--silent']);
  const users = reuseDatabase ? readTokens() : await generateAndLoad(databaseUrl);

  step(`Starting the production server (pool ${settings.poolSize})`);
  const server = await startServer({ databaseUrl, poolSize: settings.poolSize, nodeArgs: serverNodeArgs });
  const stopOnSignal = (signal: NodeJS.Signals) => {
    void server.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  const results: ScenarioResult[] = [];
  let serverPeakRssMb = 0;
  const serverStartRssMb = largestMemoryMb(server.pid).rss;
  let catalogSearch: CatalogSearchResult | undefined;
  try {
    step('Checking the answers before measuring');
    for (const scenario of scenarios) await scenario.verify(server.baseUrl, users);
    await deleteCreatedParts(databaseUrl);
    const postgres = await findPostgres(databaseUrl);
    const context = {
      ...settings,
      tool: tool.run,
      baseUrl: server.baseUrl,
      databaseUrl,
      users,
      postgres,
    };
    for (const scenario of scenarios) {
      step(
        `${scenario.id} ${scenario.title}: ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured`,
      );
      const ctx = { ...context, serverPid: server.pid };
      results.push(await measureLeastDisturbed(scenario, ctx, maxAttempts, printAttempt));
    }
    serverPeakRssMb = largestMemoryMb(server.pid).peak;
    step(`Catalog autocomplete: one request at a time, p50 target ${CATALOG_P50_TARGET_MS} ms`);
    const [firstUser] = users;
    if (!firstUser) throw new Error('no bench users were loaded');
    catalogSearch = await measureCatalogSearch(server.baseUrl, firstUser);
  } finally {
    await server.stop();
  }
  step('Embedded mode (PGlite): /healthz after a start on an existing data dir');
  const embeddedStart = await measureEmbeddedStart();

  const report: BenchReport = {
    workload: 'WORKLOAD.md v1',
    startedAt,
    commit,
    machine: machineFacts(await serverVersion(databaseUrl), tool.label),
    settings,
    scenarios: results,
    serverStartRssMb,
    serverPeakRssMb,
    rssLimitMb: RSS_LIMIT_MB,
    catalogSearch,
    embeddedStart,
    valid: results.every((r) => r.invalid.length === 0),
  };
  const files = writeReport(report);
  step('Results');
  console.log(resultTable(report));
  console.log(
    `\nServer RSS: ${serverStartRssMb.toFixed(0)} MB after start, peak (VmHWM) ${serverPeakRssMb.toFixed(0)} MB (limit ${RSS_LIMIT_MB} MB)`,
  );
  console.log(extraTargets(report) + disturbedWarning(report) + discardedNote(report));
  console.log(`Written: ${files.join(', ')}`);
  if (!report.valid) {
    console.error('\n!!! INVALID RUN: some responses had the wrong status, or errors or timeouts occurred:');
    for (const r of results.filter((x) => x.invalid.length > 0))
      console.error(`!!! ${r.id}: ${r.invalid.join('; ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('\nbench failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
