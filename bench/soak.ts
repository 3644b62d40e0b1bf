// `npm run soak -- --minutes N`: the reference deployment (deploy/) as real processes on loopback, a PostgreSQL
// primary and a streaming replica, PgBouncer, two API processes behind HAProxy, under a mixed load while an API
// process is killed, the replica stopped, and both API processes restarted one after the other. Writes
// bench/results/soak-<date>.md. Not part of CI.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateFiles } from './generate';
import type { BenchUser } from './lib/accounts';
import { chooseTool } from './lib/choose-tool';
import { run } from './lib/exec';
import { machineFacts, measuredCommit } from './lib/machine';
import { memoryMb } from './lib/proc-stats';
import { checkConsistency, replicaLag, replicaTransactions } from './lib/soak/checks';
import { mixedLoad } from './lib/soak/mixed-load';
import { type Sample, type SoakEvent, writeSoakReport } from './lib/soak/report';
import { type Stack, startStack } from './lib/soak/stack';
import { measureThroughput, type ThroughputRun } from './lib/soak/throughput';
import { loadDatabase } from './load';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const minutes = option('minutes', 10);
const connections = option('connections', 16);
const SAMPLE_SECONDS = minutes >= 5 ? 10 : 5;
const step = (text: string) => console.log(`\n== ${new Date().toISOString().slice(11, 19)} ${text}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const postmasterPid = (dataDir: string) =>
  Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
const pidOf = (child: { process: { pid?: number } } | undefined) => child?.process.pid ?? 0;

function rssOf(pid: number): number | null {
  try {
    return Math.round(memoryMb(pid).rss);
  } catch {
    return null;
  }
}

/** The faults, at fixed shares of the run: each is timed and logged. */
function faultPlan(stack: Stack, log: (event: string) => void) {
  const [api1, api2] = stack.apis;
  if (!api1 || !api2) throw new Error('two API processes expected');
  return [
    {
      share: 0.2,
      name: 'kill -9 api1, restart it 5 s later',
      async run() {
        await api1.kill();
        log('api1 killed (SIGKILL)');
        await sleep(5_000);
        await api1.start();
        log('api1 ready again');
      },
    },
    {
      share: 0.4,
      name: 'stop the replica (pg_ctl -m fast), start it again after 15 % of the run',
      async run() {
        await stack.replica.stop();
        log('replica stopped');
        await sleep(minutes * 60_000 * 0.15);
        await stack.replica.start();
        log('replica started');
      },
    },
    {
      share: 0.75,
      name: 'rolling restart: SIGTERM api1, start it, then api2',
      async run() {
        for (const api of [api1, api2]) {
          await api.stop();
          log(`${api.name} stopped (SIGTERM, drained)`);
          await api.start();
          log(`${api.name} ready again`);
        }
      },
    },
  ];
}

async function soak(stack: Stack, users: BenchUser[]) {
  const events: SoakEvent[] = [];
  const samples: Sample[] = [];
  const load = mixedLoad(stack.haproxyUrl, users, connections);
  const log = (what: string) => {
    events.push({ at: Math.round(load.elapsed()), what });
    console.log(`  ${Math.round(load.elapsed())} s: ${what}`);
  };
  const totalSeconds = minutes * 60;
  // One after the other: each at its time, or when the one before has finished (a restart can be slow).
  const faults = (async () => {
    for (const fault of faultPlan(stack, log)) {
      await sleep(Math.max(0, fault.share * totalSeconds - load.elapsed()) * 1_000);
      log(`fault: ${fault.name}`);
      await fault.run();
    }
  })();
  let faultsDone = false;
  void faults.then(
    () => {
      faultsDone = true;
    },
    () => {
      faultsDone = true;
    },
  );
  let replicaTx = await replicaTransactions(stack.replicaUrl);
  // Sampling goes on past the planned end while a fault is still running (the load with it).
  while (load.elapsed() < totalSeconds || !faultsDone) {
    await sleep(SAMPLE_SECONDS * 1_000);
    const interval = load.cut();
    const lag = await replicaLag(stack.primaryUrl);
    const tx = await replicaTransactions(stack.replicaUrl);
    samples.push({
      ...interval,
      rssMb: Object.fromEntries([
        ...stack.apis.map((api) => [api.name, rssOf(pidOf(api.child))]),
        ['haproxy', rssOf(pidOf(stack.haproxy))],
        ['pgbouncer', rssOf(pidOf(stack.pgbouncer))],
      ]),
      replicaLagSeconds: lag?.seconds ?? null,
      replicaLagBytes: lag?.bytes ?? null,
      replicaTxPerSecond:
        tx !== null && replicaTx !== null ? Math.max(0, (tx - replicaTx) / SAMPLE_SECONDS) : null,
    });
    replicaTx = tx;
    const last = samples[samples.length - 1];
    console.log(
      `  ${interval.at} s: ${interval.requests} requests, ${interval.errors} errors, p99 ${interval.p99Ms.toFixed(0)} ms, ` +
        `lag ${last?.replicaLagSeconds ?? 'down'} s, replica ${last?.replicaTxPerSecond?.toFixed(0) ?? '-'} tx/s`,
    );
  }
  await faults;
  // The last, partial interval: its requests and errors count too.
  const rest = await load.stop();
  samples.push({
    ...rest,
    rssMb: {},
    replicaLagSeconds: null,
    replicaLagBytes: null,
    replicaTxPerSecond: null,
  });
  return { events, samples, acknowledged: load.acknowledged, errorSamples: load.errorSamples };
}

async function main(): Promise<number> {
  const startedAt = new Date().toISOString();
  const commit = await measuredCommit();
  const tool = await chooseTool();
  step('Building the server (npm run build -w @partwise/server)');
  await run('npm', ['run', 'build', '--silent', '-w', '@partwise/server']);
  step('Generating the benchmark data');
  generateFiles();
  const workDir = mkdtempSync(path.join(tmpdir(), 'pwf-soak-'));
  let users: BenchUser[] = [];
  step(
    `Starting primary, loading it, replica (pg_basebackup), PgBouncer, 2 API processes, HAProxy in ${workDir}`,
  );
  const stack = await startStack(workDir, async (url) => {
    users = await loadDatabase(url);
  });
  const stopAll = async () => {
    await stack.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
  try {
    const cpu = {
      api: () => stack.apis.map((api) => pidOf(api.child)),
      postgres: () => [postmasterPid(stack.primary.dataDir), postmasterPid(stack.replica.dataDir)],
      proxies: () => [pidOf(stack.haproxy), pidOf(stack.pgbouncer)],
    };
    step('Throughput through HAProxy: two API processes, then one');
    const throughput: ThroughputRun[] = await measureThroughput(tool.run, stack.haproxyUrl, 2, users, cpu);
    const single = await stack.startSingleProcessProxy();
    try {
      throughput.push(...(await measureThroughput(tool.run, single.url, 1, users, cpu)));
    } finally {
      await single.stop();
    }
    step(`Soak: ${minutes} min of mixed load (${connections} clients) with faults`);
    const result = await soak(stack, users);
    step('Final consistency check');
    const consistency = await checkConsistency(stack.primaryUrl, stack.replicaUrl, result.acknowledged);
    console.log(JSON.stringify(consistency, null, 2));
    const file = writeSoakReport({
      startedAt,
      commit,
      machine: machineFacts('PostgreSQL 15 (own clusters on loopback)', tool.label),
      minutes,
      connections,
      sampleSeconds: SAMPLE_SECONDS,
      throughput,
      ...result,
      consistency,
    });
    step(`Written: ${file}`);
    return consistency.ok ? 0 : 1;
  } finally {
    step('Stopping every process');
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('\nsoak failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
