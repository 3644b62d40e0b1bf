import { cpus } from 'node:os';
import type { BenchUser } from './accounts';
import { deleteCreatedParts } from './database';
import type { LoadResult, LoadTool } from './load-tool';
import { benchDbCpu, benchDbCpuSince, type PostgresProcesses } from './postgres-process';
import {
  machineBusyCpuMs,
  processTreeCpuMs,
  selfAndReapedChildrenCpuMs,
  startRssSampler,
} from './proc-stats';
import type { Scenario, ScenarioId } from './scenarios';

export interface MeasureContext {
  tool: LoadTool;
  baseUrl: string;
  databaseUrl: string;
  serverPid: number;
  postgres: PostgresProcesses | undefined;
  users: BenchUser[];
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

/** Above this share of the machine's CPU taken by other processes, a run counts as disturbed. */
export const DISTURBED_SHARE = 0.05;

export interface ScenarioResult {
  id: ScenarioId;
  /** Measured runs made; the least disturbed one is reported. */
  attempts: number;
  title: string;
  load: LoadResult;
  serverCpuMsPerRequest: number;
  /** PostgreSQL's backends of the bench database and its background processes, per request; null when not measurable. */
  dbCpuMsPerRequest: number | null;
  /** The load generator's own CPU per request (this process, or wrk as a child). */
  clientCpuMsPerRequest: number;
  /**
   * CPU that processes other than the server, PostgreSQL and the load tool used during the run, as a share of
   * all cores (0..1). Above a few percent the machine was busy with something else: the numbers are disturbed.
   */
  otherCpuShare: number;
  /** Highest VmRSS of the server sampled every 100 ms during the measured run. */
  serverPeakRssMb: number;
  /** Problems that make the run invalid (wrong statuses, errors, timeouts); empty when valid. */
  invalid: string[];
  /** Wrong statuses in any response; never caused by a busy machine (a subset of `invalid`). */
  wrongStatuses: string[];
  /** Errors or timeouts of discarded, disturbed attempts (the reported attempt had none). */
  discardedAttempts: string[];
  target: Scenario['target'];
  meetsThroughput: boolean;
  meetsP99: boolean;
}

function wrongStatuses(scenario: Scenario, load: LoadResult): string[] {
  return Object.entries(load.statusCounts)
    .filter(([status]) => Number(status) !== scenario.expectedStatus)
    .map(
      ([status, count]) => `${count} responses with status ${status} (expected ${scenario.expectedStatus})`,
    );
}

function invalidity(scenario: Scenario, load: LoadResult): string[] {
  const problems = wrongStatuses(scenario, load);
  if (load.errors > 0) problems.push(`${load.errors} connection errors`);
  if (load.timeouts > 0) problems.push(`${load.timeouts} timeouts`);
  if (load.requests === 0) problems.push('no responses at all');
  return problems;
}

/** Warm-up, then the measured run with the server's CPU and RSS recorded around it; R3's parts are removed. */
export async function measureScenario(scenario: Scenario, ctx: MeasureContext): Promise<ScenarioResult> {
  const requests = scenario.requests(ctx.users);
  const load = (durationSeconds: number) =>
    ctx.tool({ baseUrl: ctx.baseUrl, requests, connections: ctx.connections, durationSeconds });
  await deleteCreatedParts(ctx.databaseUrl);
  const warmup = await load(ctx.warmupSeconds);

  const serverCpuBefore = processTreeCpuMs(ctx.serverPid);
  const dbCpuBefore = ctx.postgres ? benchDbCpu(ctx.postgres) : new Map<number, number>();
  const clientCpuBefore = selfAndReapedChildrenCpuMs();
  const machineBefore = machineBusyCpuMs();
  const sampler = startRssSampler(ctx.serverPid);
  const measured = await load(ctx.durationSeconds);
  const serverPeakRssMb = sampler.stop();
  const serverCpuMs = processTreeCpuMs(ctx.serverPid) - serverCpuBefore;
  const dbCpuMs = ctx.postgres ? benchDbCpuSince(ctx.postgres, dbCpuBefore) : 0;
  const clientCpuMs = selfAndReapedChildrenCpuMs() - clientCpuBefore;
  const machineCpuMs = machineBusyCpuMs() - machineBefore;
  const perRequest = (ms: number) => ms / Math.max(1, measured.requests);
  const otherCpuShare =
    Math.max(0, machineCpuMs - serverCpuMs - dbCpuMs - clientCpuMs) /
    (measured.durationSeconds * 1000 * cpus().length);
  await deleteCreatedParts(ctx.databaseUrl);

  const invalid = [
    ...invalidity(scenario, warmup).map((p) => `warm-up: ${p}`),
    ...invalidity(scenario, measured),
  ];
  return {
    id: scenario.id,
    attempts: 1,
    title: scenario.title,
    load: measured,
    serverCpuMsPerRequest: perRequest(serverCpuMs),
    dbCpuMsPerRequest: ctx.postgres ? perRequest(dbCpuMs) : null,
    clientCpuMsPerRequest: perRequest(clientCpuMs),
    otherCpuShare,
    serverPeakRssMb,
    invalid,
    wrongStatuses: [...wrongStatuses(scenario, warmup), ...wrongStatuses(scenario, measured)],
    discardedAttempts: [],
    target: scenario.target,
    meetsThroughput: measured.requestsPerSecond >= scenario.target.requestsPerSecond,
    meetsP99: measured.latencyMs.p99 <= scenario.target.p99Ms,
  };
}

/**
 * On a shared machine, re-measures a run that other processes disturbed (more than DISTURBED_SHARE of the
 * CPU) or that had errors or timeouts, up to maxAttempts. Reports the least disturbed valid attempt (else
 * the least disturbed one). Wrong statuses in any attempt make the result invalid; errors and timeouts of
 * a discarded attempt are kept in `discardedAttempts`, with how disturbed it was.
 */
export async function measureLeastDisturbed(
  scenario: Scenario,
  ctx: MeasureContext,
  maxAttempts: number,
  onAttempt: (result: ScenarioResult, attempt: number) => void,
): Promise<ScenarioResult> {
  const results: ScenarioResult[] = [];
  do {
    const result = await measureScenario(scenario, ctx);
    results.push(result);
    onAttempt(result, results.length);
    if (result.wrongStatuses.length > 0) break;
    if (result.otherCpuShare <= DISTURBED_SHARE && result.invalid.length === 0) break;
  } while (results.length < maxAttempts);
  const valid = results.filter((r) => r.invalid.length === 0);
  const best = (valid.length > 0 ? valid : results).reduce((a, b) =>
    b.otherCpuShare < a.otherCpuShare ? b : a,
  );
  const label = (r: ScenarioResult) =>
    `attempt ${results.indexOf(r) + 1} (other processes ${(r.otherCpuShare * 100).toFixed(0)} % of the CPU)`;
  const others = results.filter((r) => r !== best);
  return {
    ...best,
    attempts: results.length,
    invalid: [...best.invalid, ...others.flatMap((r) => r.wrongStatuses.map((p) => `${label(r)}: ${p}`))],
    discardedAttempts: others.flatMap((r) => r.invalid.map((p) => `${label(r)}: ${p}`)),
  };
}
