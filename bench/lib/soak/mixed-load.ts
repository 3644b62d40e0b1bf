import type { BenchUser } from '../accounts';
import { mulberry32 } from '../prng';
import { bearer, partPath, R1_PATH, R3_BODY, R4_PATH } from '../routes';
import { firstPartId, PARTS_PER_USER } from '../workload';

/** What the load did in one interval of the soak. */
export interface Interval {
  /** Seconds since the load began (end of the interval). */
  at: number;
  requests: number;
  /** Answers with another status than expected, or no answer at all. */
  errors: number;
  p50Ms: number;
  p99Ms: number;
  byOperation: Record<string, number>;
}

/** Writes that were answered 2xx: each must be on the primary at the end. */
export interface Acknowledged {
  parts: number[];
  sales: { id: number; priceCents: number }[];
  listings: number[];
}

export interface ErrorSample {
  at: number;
  operation: string;
  status: number | string;
}

interface Operation {
  name: string;
  weight: number;
  /** Writes are made by the first half of the users only (see `client`). */
  writes?: boolean;
  run(user: BenchUser, other: BenchUser, random: () => number): Promise<unknown>;
}

class UnexpectedStatus extends Error {
  constructor(readonly status: number | string) {
    super(String(status));
  }
}

/**
 * The soak's mixed load: the benchmark's requests (R1 list, R2 detail, R4 monthly profit, R5 isolation, R3
 * create) plus sales, listings and the analytics summary, by `connections` concurrent clients through HAProxy,
 * for `seconds`. Latency and errors per interval; every acknowledged write is kept for the final check.
 */
export function mixedLoad(baseUrl: string, users: BenchUser[], connections: number) {
  const acknowledged: Acknowledged = { parts: [], sales: [], listings: [] };
  const errorSamples: ErrorSample[] = [];
  const intervals: Interval[] = [];
  let latencies: number[] = [];
  let errors = 0;
  let byOperation: Record<string, number> = {};
  const startedAt = performance.now();
  const elapsed = () => (performance.now() - startedAt) / 1000;

  const call = async (method: string, path: string, user: BenchUser, expected: number, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...bearer(user), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status !== expected) throw new UnexpectedStatus(response.status);
    return text ? (JSON.parse(text) as { id: number }) : { id: 0 };
  };
  const createPart = async (user: BenchUser, name: string) => {
    const part = await call('POST', '/api/v1/parts', user, 201, { ...R3_BODY, name, source: 'soak' });
    acknowledged.parts.push(part.id);
    return part.id;
  };
  const someOwnPart = (user: BenchUser, random: () => number) =>
    firstPartId(user.u) + Math.floor(random() * PARTS_PER_USER);

  const operations: Operation[] = [
    { name: 'R2 detail', weight: 28, run: (u, _o, r) => call('GET', partPath(someOwnPart(u, r)), u, 200) },
    { name: 'R1 list', weight: 15, run: (u) => call('GET', R1_PATH, u, 200) },
    { name: 'R5 isolation', weight: 12, run: (u, o, r) => call('GET', partPath(someOwnPart(o, r)), u, 404) },
    { name: 'R4 monthly profit', weight: 10, run: (u) => call('GET', R4_PATH, u, 200) },
    {
      name: 'analytics summary',
      weight: 5,
      run: (u) => call('GET', '/api/v1/analytics/summary?from=2025-01-01&to=2025-12-31', u, 200),
    },
    { name: 'sales ledger', weight: 5, run: (u) => call('GET', '/api/v1/sales?pageSize=20', u, 200) },
    {
      name: 'R3 create',
      weight: 10,
      writes: true,
      run: (u) => createPart(u, 'soak part').then(() => undefined),
    },
    {
      name: 'sale',
      weight: 8,
      writes: true,
      run: async (u, _o, r) => {
        const partId = await createPart(u, 'soak part to sell');
        const priceCents = 40_000 + Math.floor(r() * 20_000);
        const sale = await call('POST', '/api/v1/sales', u, 201, {
          partId,
          priceCents,
          platform: 'local',
          // Spread over the half year after the parts' purchase, as a flipper's sales are: all on one day, each
          // sale would recompute a day of thousands of sales.
          soldAt: new Date(Date.UTC(2025, 5, 15 + Math.floor(r() * 200))).toISOString().slice(0, 10),
        });
        acknowledged.sales.push({ id: sale.id, priceCents });
      },
    },
    {
      name: 'listing',
      weight: 7,
      writes: true,
      run: async (u, _o, r) => {
        const partId = await createPart(u, 'soak part to list');
        const listing = await call('POST', '/api/v1/listings', u, 201, {
          partId,
          platform: 'ebay',
          priceCents: 45_000 + Math.floor(r() * 10_000),
        });
        acknowledged.listings.push(listing.id);
      },
    },
  ];
  const totalWeight = operations.reduce((sum, op) => sum + op.weight, 0);
  const pick = (random: () => number): Operation => {
    let left = random() * totalWeight;
    for (const op of operations) {
      left -= op.weight;
      if (left < 0) return op;
    }
    return operations[0] as Operation;
  };

  // Half the users write and read; the other half only read, as most users at a given moment do. A writer's reads
  // go to the primary for the read-your-writes window after each write, so only the readers' lists and analytics
  // exercise the replica (with every user writing, the replica would serve nothing).
  const writers = Math.max(1, Math.ceil(users.length / 2));
  let running = true;
  const client = async (index: number) => {
    const next = mulberry32(1000 + index);
    const random = () => next() / 2 ** 32;
    while (running) {
      const op = pick(random);
      const userIndex = Math.floor(random() * (op.writes ? writers : users.length));
      const user = users[userIndex] as BenchUser;
      const other = users[(userIndex + 1) % users.length] as BenchUser;
      const began = performance.now();
      try {
        await op.run(user, other, random);
        latencies.push(performance.now() - began);
      } catch (err) {
        errors += 1;
        const status = err instanceof UnexpectedStatus ? err.status : String((err as Error).cause ?? err);
        if (errorSamples.length < 500) errorSamples.push({ at: elapsed(), operation: op.name, status });
        // A refused connection answers at once: do not spin.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      byOperation[op.name] = (byOperation[op.name] ?? 0) + 1;
    }
  };

  /** Closes the current interval: its requests, errors and latency percentiles. */
  const cut = (): Interval => {
    const sorted = latencies.sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    const interval = {
      at: Math.round(elapsed()),
      requests: sorted.length + errors,
      errors,
      p50Ms: q(0.5),
      p99Ms: q(0.99),
      byOperation,
    };
    intervals.push(interval);
    latencies = [];
    errors = 0;
    byOperation = {};
    return interval;
  };

  const clients = Array.from({ length: connections }, (_, i) => client(i));
  return {
    acknowledged,
    errorSamples,
    intervals,
    elapsed,
    cut,
    async stop() {
      running = false;
      await Promise.all(clients);
      return cut();
    },
  };
}
