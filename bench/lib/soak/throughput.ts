import { cpus } from 'node:os';
import type { BenchUser } from '../accounts';
import type { LoadTool } from '../load-tool';
import { machineBusyCpuMs, processTreeCpuMs } from '../proc-stats';
import { SCENARIOS } from '../scenarios';

export interface ThroughputRun {
  id: string;
  processes: 1 | 2;
  requestsPerSecond: number;
  p99Ms: number;
  wrongStatuses: number;
  /** CPU ms per request of the API processes, of PostgreSQL (primary and replica), and of HAProxy + PgBouncer. */
  cpuMsPerRequest: { api: number; postgres: number; proxies: number };
  /** Share of the machine's CPU (all cores) used during the run by everything, and by processes not of the soak. */
  machineBusyShare: number;
  otherShare: number;
  statusCounts: Record<string, number>;
}

/** The pids whose CPU is counted, looked up at the moment of measuring (API processes may have restarted). */
export interface CpuGroups {
  api: () => number[];
  postgres: () => number[];
  proxies: () => number[];
}

const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + processTreeCpuMs(pid), 0);

/** R1, R2 and R5 through `url` (HAProxy): 3 s warm-up, `seconds` measured with the benchmark's load tool. */
export async function measureThroughput(
  tool: LoadTool,
  url: string,
  processes: 1 | 2,
  users: BenchUser[],
  cpu: CpuGroups,
  seconds = 10,
): Promise<ThroughputRun[]> {
  const runs: ThroughputRun[] = [];
  for (const scenario of SCENARIOS.filter((s) => ['R1', 'R2', 'R5'].includes(s.id))) {
    const requests = scenario.requests(users);
    await tool({ baseUrl: url, requests, connections: 32, durationSeconds: 3 });
    const before = { api: cpuOf(cpu.api()), postgres: cpuOf(cpu.postgres()), proxies: cpuOf(cpu.proxies()) };
    const busyBefore = machineBusyCpuMs();
    const load = await tool({ baseUrl: url, requests, connections: 32, durationSeconds: seconds });
    const after = { api: cpuOf(cpu.api()), postgres: cpuOf(cpu.postgres()), proxies: cpuOf(cpu.proxies()) };
    const capacity = cpus().length * seconds * 1_000;
    const busy = machineBusyCpuMs() - busyBefore;
    const ours = after.api - before.api + after.postgres - before.postgres + after.proxies - before.proxies;
    const per = (now: number, then: number) => (now - then) / Math.max(1, load.requests);
    runs.push({
      id: scenario.id,
      processes,
      requestsPerSecond: load.requestsPerSecond,
      p99Ms: load.latencyMs.p99,
      wrongStatuses:
        Object.entries(load.statusCounts)
          .filter(([status]) => Number(status) !== scenario.expectedStatus)
          .reduce((sum, [, n]) => sum + n, 0) +
        load.errors +
        load.timeouts,
      cpuMsPerRequest: {
        api: per(after.api, before.api),
        postgres: per(after.postgres, before.postgres),
        proxies: per(after.proxies, before.proxies),
      },
      machineBusyShare: busy / capacity,
      // The load tool's own CPU counts as "other" here: an upper bound of the disturbance.
      otherShare: Math.max(0, busy - ours) / capacity,
      statusCounts: load.statusCounts,
    });
    console.log(
      `${scenario.id} through HAProxy, ${processes} API process(es): ${load.requestsPerSecond.toFixed(0)} req/s, p99 ${load.latencyMs.p99.toFixed(1)} ms, statuses ${JSON.stringify(load.statusCounts)}, ` +
        `errors ${load.errors}, timeouts ${load.timeouts}`,
    );
  }
  return runs;
}
