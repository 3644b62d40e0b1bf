import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MachineFacts } from './machine';
import { DISTURBED_SHARE, type ScenarioResult } from './measure';
import { RESULTS_DIR } from './paths';
import { cpuCeiling, discardedNote, machineSection } from './report';
import type { StepTiming } from './scale-data';
import type { DatabaseSize, ReconcileResult, TimedStep } from './scale-steps';

export const RECONCILE_TARGET_MS = 60_000;

export interface ScaleReport {
  run: 'scale (issue 11)';
  startedAt: string;
  commit: string;
  machine: MachineFacts;
  /** /proc/loadavg when the run started: other sessions' load. */
  loadAverageAtStart: string;
  settings: { connections: number; warmupSeconds: number; durationSeconds: number; poolSize: number };
  dataset: Record<string, number>;
  generation: StepTiming[];
  vacuumAnalyze: TimedStep;
  /** The product's `dist/analytics-rebuild.js` over the whole ledger. */
  analyticsRebuild: TimedStep;
  scenarios: ScenarioResult[];
  /** The same requests on 2 connections (the fewest wrk -t2 takes): the service time, almost no queueing. */
  singleConnection: ScenarioResult[];
  reconcile: ReconcileResult;
  databaseSize: DatabaseSize;
  valid: boolean;
}

const passFail = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const share = (s: number) => `${(s * 100).toFixed(0)} %`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const disturbed = (s: number) => (s > DISTURBED_SHARE ? ' (**disturbed**)' : '');

export function scaleTable(report: ScaleReport, scenarios = report.scenarios): string {
  const rows = scenarios.map((s) =>
    [
      `${s.id} ${s.title}`,
      s.load.requestsPerSecond.toFixed(0),
      s.load.latencyMs.p50.toFixed(2),
      s.load.latencyMs.p99.toFixed(2),
      String(s.load.errors + s.load.timeouts),
      s.serverCpuMsPerRequest.toFixed(3),
      s.dbCpuMsPerRequest === null ? '–' : s.dbCpuMsPerRequest.toFixed(3),
      cpuCeiling(s, report.machine.cores)?.toFixed(0) ?? '–',
      `${share(s.otherCpuShare)}${disturbed(s.otherCpuShare)} (${s.attempts} ${s.attempts === 1 ? 'run' : 'runs'})`,
      `${passFail(s.load.requests > 0 && s.meetsP99)} (<= ${s.target.p99Ms} ms)`,
      s.invalid.length === 0 ? 'valid' : `INVALID: ${s.invalid.join('; ')}`,
    ].join(' | '),
  );
  return [
    '| request | req/s | p50 ms | p99 ms | errors | server CPU ms/req | DB CPU ms/req | CPU-bound ceiling req/s | other processes CPU (runs) | p99 target | run |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

export function reconcileLines(r: ReconcileResult): string {
  const ok =
    r.repairAll.ms <= RECONCILE_TARGET_MS && r.check.ms <= RECONCILE_TARGET_MS && r.salesDriftAfter === 0;
  return [
    `Nightly reconcile of ${r.day} for every user (\`dist/analytics-reconcile.js\`, process start included): **${seconds(r.check.ms)}** when nothing drifted (other processes ${share(r.check.otherCpuShare)}${disturbed(r.check.otherCpuShare)}); **${seconds(r.repairAll.ms)}** after that day's ${r.repairAll.ownerDays} owner-day aggregates were deleted (${r.salesDriftBefore} owners' sales then differed; ${r.salesDriftAfter} after; other processes ${share(r.repairAll.otherCpuShare)}${disturbed(r.repairAll.otherCpuShare)}) — ${passFail(ok)} (<= ${RECONCILE_TARGET_MS / 1000} s).`,
  ].join('\n');
}

function markdown(report: ScaleReport): string {
  const m = report.machine;
  const s = report.settings;
  const d = report.dataset;
  const generation = report.generation
    .map((g) => `| ${g.step} | ${g.rows.toLocaleString('en-US')} | ${seconds(g.ms)} |`)
    .join('\n');
  const tables = report.databaseSize.tables.map((t) => `${t.table} ${mb(t.bytes)}`).join(', ');
  const anyDisturbed = [...report.scenarios, ...report.singleConnection].some(
    (x) => x.otherCpuShare > DISTURBED_SHARE,
  );
  return `# Scale run (issue 11, \`npm run bench:scale\`)

Run ${report.startedAt} on commit ${report.commit}${report.valid ? '' : ' — **INVALID RUN** (see the run column)'}, PostgreSQL, ${d.users?.toLocaleString('en-US')} users, ${d.parts?.toLocaleString('en-US')} parts, ${d.sales?.toLocaleString('en-US')} sales (2023-2025).

${report.settings.connections} connections:

${scaleTable(report)}

2 connections (the fewest wrk -t2 takes; the service time, almost no queueing):

${scaleTable(report, report.singleConnection)}

${anyDisturbed ? `**Disturbed:** the machine is shared with other sessions (load average ${report.loadAverageAtStart} at the start); the "other processes" column is the share of all cores they took during the measured run. Latencies are pessimistic by about that much CPU; the CPU columns stay meaningful.\n\n` : ''}${discardedNote(report)}
${reconcileLines(report.reconcile)}

Database size (\`pg_database_size\`): **${mb(report.databaseSize.totalBytes)}** (${tables}).

## Dataset and load

Generated inside PostgreSQL (\`bench/lib/scale-data.ts\`) on the product's migrated schema:
${Object.entries(d)
  .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
  .join(', ')}.

| step | rows | time |
|---|---:|---:|
${generation}
| vacuum analyze | | ${seconds(report.vacuumAnalyze.ms)} |
| \`dist/analytics-rebuild.js\` (every aggregate from the ledger) | | ${seconds(report.analyticsRebuild.ms)} (other processes ${share(report.analyticsRebuild.otherCpuShare)}) |

Load: ${m.loadTool}, ${s.connections} connections, ${s.warmupSeconds} s warm-up then ${s.durationSeconds} s measured per request; server pool ${s.poolSize} connections. Requests cycle over the ${d.users} users' tokens (admin: one admin token).

${machineSection(m, `| load average at start | ${report.loadAverageAtStart} |\n`)}`;
}

/** Writes bench/results/scale.json and scale.md; returns their paths. */
export function writeScaleReport(report: ScaleReport): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, 'scale.json');
  const md = path.join(RESULTS_DIR, 'scale.md');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(md, markdown(report));
  return [json, md];
}
