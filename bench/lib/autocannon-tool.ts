import autocannon from 'autocannon';
import { type LoadOptions, type LoadResult, REQUEST_TIMEOUT_SECONDS } from './load-tool';

/** autocannon in this process: every request takes the next entry of one shared list. */
export async function runAutocannon(options: LoadOptions): Promise<LoadResult> {
  const list = options.requests;
  let cursor = 0;
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    requests: [
      {
        setupRequest: (request) => {
          const next = list[cursor++ % list.length];
          if (!next) throw new Error('empty request list');
          return { ...request, ...next };
        },
      },
    ],
  });
  const statusCounts: Record<string, number> = {};
  for (const [status, stat] of Object.entries(result.statusCodeStats ?? {})) {
    statusCounts[status] = stat.count ?? 0;
  }
  const responses = Object.values(statusCounts).reduce((sum, n) => sum + n, 0);
  return {
    tool: 'autocannon',
    requests: responses,
    durationSeconds: result.duration,
    requestsPerSecond: responses / result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      mean: result.latency.mean,
      max: result.latency.max,
    },
    statusCounts,
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
  };
}
