import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CATALOG_P50_TARGET_MS,
  type CatalogSearchResult,
  EMBEDDED_RESTART_TARGET_MS,
  type EmbeddedStartResult,
} from './extra-targets';
import type { MachineFacts } from './machine';
import { DISTURBED_SHARE, type ScenarioResult } from './measure';
import { RESULTS_DIR } from './paths';

export interface BenchReport {
  workload: 'WORKLOAD.md v1';
  startedAt: string;
  commit: string;
  machine: MachineFacts;
  settings: { connections: number; warmupSeconds: number; durationSeconds: number; poolSize: number };
  scenarios: ScenarioResult[];
  /** The server's RSS once it answered /healthz, before any load. */
  serverStartRssMb: number;
  /** The server's RSS high-water mark (VmHWM) over its whole life: start, checks and every run. */
  serverPeakRssMb: number;
  rssLimitMb: number;
  catalogSearch?: CatalogSearchResult;
  embeddedStart?: EmbeddedStartResult;
  valid: boolean;
}

export function extraTargets(report: BenchReport): string {
  const lines: string[] = [];
  const c = report.catalogSearch;
  if (c) {
    lines.push(
      `Catalog autocomplete (${c.requests} searches one at a time over the whole catalog): p50 **${c.p50Ms.toFixed(1)} ms**, p90 ${c.p90Ms.toFixed(1)} ms — ${passFail(c.pass)} (p50 <= ${CATALOG_P50_TARGET_MS} ms).`,
    );
  }
  const e = report.embeddedStart;
  if (e) {
    lines.push(
      `Embedded server (PGlite): /healthz **${(e.restartMs / 1000).toFixed(1)} s** after a start on an existing data dir — ${passFail(e.pass)} (<= ${EMBEDDED_RESTART_TARGET_MS / 1000} s); the first start, which creates the database and imports the catalog, took ${(e.firstStartMs / 1000).toFixed(1)} s.`,
    );
  }
  return lines.length ? `${lines.join('\n\n')}\n\n` : '';
}

export function disturbedWarning(report: BenchReport): string {
  const disturbed = report.scenarios.filter((s) => s.otherCpuShare > DISTURBED_SHARE).map((s) => s.id);
  return disturbed.length === 0
    ? ''
    : `**Disturbed:** other processes took more than ${DISTURBED_SHARE * 100} % of the machine's CPU during ${disturbed.join(', ')}, even after retries: those req/s and latencies are pessimistic. Re-run on a quiet machine.\n`;
}

/**
 * The req/s the machine could reach if server, PostgreSQL and load tool had every core to themselves and
 * nothing else ran: cores x 1000 ms / CPU ms per request. Robust to other load; an upper bound.
 */
export function cpuCeiling(s: ScenarioResult, cores: number): number | null {
  if (s.dbCpuMsPerRequest === null) return null;
  return (cores * 1000) / (s.serverCpuMsPerRequest + s.dbCpuMsPerRequest + s.clientCpuMsPerRequest);
}

export function discardedNote(report: Pick<BenchReport, 'scenarios'>): string {
  const lines = report.scenarios.flatMap((s) => s.discardedAttempts.map((d) => `- ${s.id} ${d}`));
  return lines.length === 0
    ? ''
    : `Discarded attempts with errors or timeouts (re-measured):\n${lines.join('\n')}\n`;
}

const fixed = (n: number | null, digits: number) => (n === null ? '–' : n.toFixed(digits));
const passFail = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

export function resultTable(report: BenchReport): string {
  const rows = report.scenarios.map((s) =>
    [
      `${s.id} ${s.title}`,
      fixed(s.load.requestsPerSecond, 0),
      fixed(s.load.latencyMs.p50, 2),
      fixed(s.load.latencyMs.p99, 2),
      String(s.load.errors + s.load.timeouts),
      fixed(s.serverCpuMsPerRequest, 3),
      fixed(s.dbCpuMsPerRequest, 3),
      fixed(s.clientCpuMsPerRequest, 3),
      fixed(cpuCeiling(s, report.machine.cores), 0),
      fixed(s.serverPeakRssMb, 0),
      `${(s.otherCpuShare * 100).toFixed(0)} % (${s.attempts} ${s.attempts === 1 ? 'run' : 'runs'})`,
      `${passFail(s.meetsThroughput)} (>= ${s.target.requestsPerSecond})`,
      `${passFail(s.meetsP99)} (<= ${s.target.p99Ms} ms)`,
      s.invalid.length === 0 ? 'valid' : `INVALID: ${s.invalid.join('; ')}`,
    ].join(' | '),
  );
  return [
    '| request | req/s | p50 ms | p99 ms | errors | server CPU ms/req | DB CPU ms/req | load tool CPU ms/req | CPU-bound ceiling req/s | server peak RSS MB | other processes CPU (runs) | req/s target | p99 target | run |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** The machine a run was measured on, as a markdown section; `extraRows` are further "| name | value |" lines. */
export function machineSection(m: MachineFacts, extraRows = ''): string {
  return `## Machine

| | |
|---|---|
| CPU | ${m.cpuModel} |
| cores | ${m.cores} |
| RAM | ${m.ramGb} GB |
| OS | ${m.os} |
| Node | ${m.node} |
| PostgreSQL | ${m.postgres} |
| load tool | ${m.loadTool} |
${extraRows}`;
}

function markdown(report: BenchReport): string {
  const m = report.machine;
  const s = report.settings;
  const rssOk = report.serverPeakRssMb < report.rssLimitMb;
  return `# Benchmark results (${report.workload})

Run ${report.startedAt} with \`npm run bench\` on commit ${report.commit}${report.valid ? '' : ' — **INVALID RUN** (see the run column)'}.

${resultTable(report)}

${disturbedWarning(report)}${discardedNote(report)}
Server peak RSS over the whole run (VmHWM): **${report.serverPeakRssMb.toFixed(0)} MB** — ${passFail(rssOk)} (< ${report.rssLimitMb} MB); ${report.serverStartRssMb.toFixed(0)} MB right after start.

${extraTargets(report)}Load: ${m.loadTool}, ${s.connections} connections, ${s.warmupSeconds} s warm-up then ${s.durationSeconds} s measured per request; server pool ${s.poolSize} connections.
The ceiling is cores × 1000 / (server + DB + load tool CPU ms per request): what the run would reach with the machine to itself.
CPU columns are process CPU time (user + system) over the measured run divided by its responses; "DB" is PostgreSQL's backends of the bench database plus its background processes (WAL writer, checkpointer…), not other databases' backends; "other processes" is the share of all cores used by anything else on the machine during the run.

${machineSection(m)}`;
}

/** Writes bench/results/latest.json and latest.md; returns their paths. */
export function writeReport(report: BenchReport): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, 'latest.json');
  const md = path.join(RESULTS_DIR, 'latest.md');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(md, markdown(report));
  return [json, md];
}
