/** One HTTP request of a precomputed list; the load tool cycles through the list. */
export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  baseUrl: string;
  requests: HttpRequest[];
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  tool: LoadToolName;
  /** Responses received in the measured time. */
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; mean: number; max: number };
  /** Responses by HTTP status, e.g. { "200": 12345 }. */
  statusCounts: Record<string, number>;
  /** Connection, read and write errors (timeouts excluded). */
  errors: number;
  timeouts: number;
}

export type LoadToolName = 'wrk' | 'autocannon';
export type LoadTool = (options: LoadOptions) => Promise<LoadResult>;

/** Seconds after which a request counts as timed out (both tools). */
export const REQUEST_TIMEOUT_SECONDS = 2;
