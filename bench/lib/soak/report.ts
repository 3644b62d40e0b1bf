import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MachineFacts } from '../machine';
import { RESULTS_DIR } from '../paths';
import type { Consistency } from './checks';
import type { Acknowledged, ErrorSample, Interval } from './mixed-load';
import type { ThroughputRun } from './throughput';

export interface SoakEvent {
  at: number;
  what: string;
}

export interface Sample extends Interval {
  rssMb: Record<string, number | null>;
  replicaLagSeconds: number | null;
  replicaLagBytes: number | null;
  replicaTxPerSecond: number | null;
}

export interface SoakReport {
  startedAt: string;
  commit: string;
  machine: MachineFacts;
  minutes: number;
  connections: number;
  sampleSeconds: number;
  throughput: ThroughputRun[];
  events: SoakEvent[];
  samples: Sample[];
  acknowledged: Acknowledged;
  errorSamples: ErrorSample[];
  consistency: Consistency;
}

const fixed = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '–' : n.toFixed(digits);

function throughputTable(runs: ThroughputRun[]): string {
  const rows = ['R1', 'R2', 'R5'].map((id) => {
    const two = runs.find((r) => r.id === id && r.processes === 2);
    const one = runs.find((r) => r.id === id && r.processes === 1);
    const ratio = two && one ? two.requestsPerSecond / one.requestsPerSecond : null;
    const cpu = (r: ThroughputRun | undefined) =>
      r
        ? `${fixed(r.cpuMsPerRequest.api, 3)} / ${fixed(r.cpuMsPerRequest.postgres, 3)} / ${fixed(r.cpuMsPerRequest.proxies, 3)}`
        : '–';
    const other = (r: ThroughputRun | undefined) => (r ? `${fixed(r.otherShare * 100)} %` : '–');
    return `| ${id} | ${fixed(one?.requestsPerSecond)} | ${fixed(one?.p99Ms, 1)} | ${fixed(two?.requestsPerSecond)} | ${fixed(two?.p99Ms, 1)} | **${fixed(ratio, 2)}×** | ${cpu(one)} | ${cpu(two)} | ${other(one)} / ${other(two)} | ${(one?.wrongStatuses ?? 0) + (two?.wrongStatuses ?? 0)} |`;
  });
  return [
    '| request | 1 process req/s | p99 ms | 2 processes req/s | p99 ms | ratio | CPU ms/req API / PostgreSQL / HAProxy+PgBouncer (1 process) | same (2 processes) | CPU of other processes and the load tool (1 / 2) | errors |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Samples whose interval contains a kill -9 (in-flight requests of the killed process are lost: expected). */
function killIntervals(report: SoakReport): Set<number> {
  const kills = report.events.filter((e) => e.what.includes('SIGKILL')).map((e) => e.at);
  return new Set(
    report.samples
      .filter((s) => kills.some((k) => k > s.at - report.sampleSeconds - 1 && k <= s.at + 1))
      .map((s) => s.at),
  );
}

function timeline(report: SoakReport): string {
  const names = Object.keys(report.samples[0]?.rssMb ?? {});
  // (the last row, the load's final seconds, has no samples of memory or lag)
  const header = `| s | requests | errors | p50 ms | p99 ms | ${names.map((n) => `RSS ${n} MB`).join(' | ')} | replica lag s | lag bytes | replica tx/s | events |`;
  const rows = report.samples.map((s) => {
    const during = report.events
      .filter((e) => e.at > s.at - report.sampleSeconds && e.at <= s.at)
      .map((e) => e.what)
      .join('; ');
    return `| ${s.at} | ${s.requests} | ${s.errors} | ${fixed(s.p50Ms, 1)} | ${fixed(s.p99Ms, 1)} | ${names.map((n) => fixed(s.rssMb[n] ?? null)).join(' | ')} | ${s.replicaLagSeconds === null ? 'down' : fixed(s.replicaLagSeconds, 3)} | ${fixed(s.replicaLagBytes)} | ${fixed(s.replicaTxPerSecond)} | ${during} |`;
  });
  return [header, `|${'---|'.repeat(9 + names.length)}`, ...rows].join('\n');
}

function memorySummary(report: SoakReport): string {
  const names = Object.keys(report.samples[0]?.rssMb ?? {});
  const warm = Math.floor(report.samples.length / 4);
  return names
    .map((name) => {
      const values = report.samples
        .slice(warm)
        .map((s) => s.rssMb[name])
        .filter((v): v is number => typeof v === 'number');
      if (values.length === 0) return `- ${name}: no samples`;
      return `- ${name}: ${Math.min(...values)}–${Math.max(...values)} MB after warm-up (first quarter left out), last ${values[values.length - 1]} MB`;
    })
    .join('\n');
}

function markdown(report: SoakReport): string {
  const totals = report.samples.reduce(
    (t, s) => ({ requests: t.requests + s.requests, errors: t.errors + s.errors }),
    {
      requests: 0,
      errors: 0,
    },
  );
  const kills = killIntervals(report);
  const expected = report.samples.filter((s) => kills.has(s.at)).reduce((sum, s) => sum + s.errors, 0);
  const unexpected = totals.errors - expected;
  const p99s = report.samples.map((s) => s.p99Ms).sort((a, b) => a - b);
  const c = report.consistency;
  const errorsByKind = new Map<string, number>();
  for (const e of report.errorSamples) {
    const key = `${e.operation}: ${e.status}`;
    errorsByKind.set(key, (errorsByKind.get(key) ?? 0) + 1);
  }
  return `# Soak: ${report.minutes} min, two API processes behind HAProxy, primary + streaming replica, PgBouncer

Started ${report.startedAt}, commit ${report.commit}. Machine: ${report.machine.cpuModel}, ${report.machine.cores} cores,
${report.machine.ramGb} GB, ${report.machine.os}, Node ${report.machine.node}, ${report.machine.postgres}. Produced by
\`npm run soak -- --minutes ${report.minutes}\` (bench/soak.ts); every process ran on this machine, on loopback.

## Throughput through HAProxy: two API processes vs one (${report.machine.loadTool}, 32 connections, 10 s each)

${throughputTable(report.throughput)}

## Soak summary

- Requests: **${totals.requests}** by ${report.connections} concurrent clients (mixed: R1, R2, R4, R5, R3, sales, listings,
  analytics summary, sales ledger), ${(totals.requests / (report.minutes * 60)).toFixed(0)} req/s on average.
- Errors (a status other than the expected one, or no answer): **${totals.errors}**, of which ${expected} in the
  interval of the kill -9 (requests in flight on the killed process: expected) and **${unexpected}** elsewhere.
- p99 per ${report.sampleSeconds} s interval: median ${fixed(p99s[Math.floor(p99s.length / 2)], 1)} ms, worst ${fixed(p99s[p99s.length - 1], 1)} ms.
- Acknowledged writes: ${c.partsAcknowledged} parts, ${c.salesAcknowledged} sales, ${c.listingsAcknowledged} listings.
- Final consistency: parts found ${c.partsFound}/${c.partsAcknowledged}, sales with their price ${c.salesFound}/${c.salesAcknowledged},
  listings ${c.listingsFound}/${c.listingsAcknowledged}; owners whose daily aggregates differ from the ledger: ${c.ownersWithDrift};
  rows on the primary ${JSON.stringify(c.primaryRows)}, on the replica after catching up ${JSON.stringify(c.replicaRows)}:
  **${c.ok ? 'consistent' : 'NOT CONSISTENT'}**.

Memory (RSS) per process:
${memorySummary(report)}

Errors seen (first ${report.errorSamples.length}, by operation and status):
${[...errorsByKind].map(([k, n]) => `- ${k}: ${n}`).join('\n') || '- none'}

## Events

${report.events.map((e) => `- ${e.at} s: ${e.what}`).join('\n')}

## Timeline (every ${report.sampleSeconds} s)

${timeline(report)}
`;
}

export function writeSoakReport(report: SoakReport): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `soak-${report.startedAt.slice(0, 16).replace(/[:T]/g, '-')}.md`);
  writeFileSync(file, markdown(report));
  writeFileSync(file.replace(/\.md$/, '.json'), `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
