import type { BenchUser } from './accounts';
import type { HttpRequest } from './load-tool';
import { bearer, CREATE_PATH, partPath, R1_PATH, R3_BODY, R4_PATH } from './routes';
import { verifyCreate, verifyDetail, verifyIsolation, verifyList, verifyMonthlyProfit } from './verify';
import { firstPartId, PARTS_PER_USER } from './workload';

/** R1-R5: WORKLOAD.md; S1-S3: the scale run (bench/scale.ts). */
export type ScenarioId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'S1' | 'S2' | 'S3';

/** One measured request type of WORKLOAD.md section 5, with the target. */
export interface Scenario {
  id: ScenarioId;
  title: string;
  /** Every response must have this status, or the run is invalid. */
  expectedStatus: number;
  target: { requestsPerSecond: number; p99Ms: number };
  /** The precomputed request list the load tool cycles through (requests cycle over the users). */
  requests(users: BenchUser[]): HttpRequest[];
  /** Functional checks through the same route before measuring; throws when the answer is wrong. */
  verify(baseUrl: string, users: BenchUser[]): Promise<void>;
}

/** Part ids per user in the R2/R5 lists: 10 users x 200 = 2,000 requests before the list repeats. */
const IDS_PER_USER = 200;
/** A prime stride, so the ids of one user spread over all 10,000 of its parts. */
const ID_STRIDE = 7919;

const at = <T>(list: readonly T[], i: number): T => {
  const value = list[i % list.length];
  if (value === undefined) throw new Error('empty list');
  return value;
};

/** k-th request of a detail list: the caller cycles over the users, `owner` picks whose part is asked. */
function detailRequests(users: BenchUser[], owner: (callerIndex: number) => BenchUser): HttpRequest[] {
  return Array.from({ length: users.length * IDS_PER_USER }, (_, k) => {
    const callerIndex = k % users.length;
    const local = (Math.floor(k / users.length) * ID_STRIDE + callerIndex * 37) % PARTS_PER_USER;
    const partId = firstPartId(owner(callerIndex).u) + local;
    return { method: 'GET', path: partPath(partId), headers: bearer(at(users, callerIndex)) };
  });
}

const R1: Scenario = {
  id: 'R1',
  title: 'list (in_stock gpu, newest first, 50 per page, with total)',
  expectedStatus: 200,
  target: { requestsPerSecond: 1400, p99Ms: 50 },
  requests: (users) => users.map((user) => ({ method: 'GET', path: R1_PATH, headers: bearer(user) })),
  verify: verifyList,
};

const R2: Scenario = {
  id: 'R2',
  title: 'detail (own part)',
  expectedStatus: 200,
  target: { requestsPerSecond: 2500, p99Ms: 50 },
  requests: (users) => detailRequests(users, (i) => at(users, i)),
  verify: verifyDetail,
};

const R5: Scenario = {
  id: 'R5',
  title: "isolation (another user's part: 404)",
  expectedStatus: 404,
  target: { requestsPerSecond: 2500, p99Ms: 50 },
  requests: (users) => detailRequests(users, (i) => at(users, i + 1)),
  verify: verifyIsolation,
};

const R3: Scenario = {
  id: 'R3',
  title: 'create (cpu part, source "bench")',
  expectedStatus: 201,
  target: { requestsPerSecond: 2200, p99Ms: 50 },
  requests: (users) =>
    users.map((user) => ({
      method: 'POST',
      path: CREATE_PATH,
      headers: { ...bearer(user), 'content-type': 'application/json' },
      body: JSON.stringify(R3_BODY),
    })),
  verify: verifyCreate,
};

const R4: Scenario = {
  id: 'R4',
  title: 'monthly profit (24 months, zero-filled, from the daily aggregates)',
  expectedStatus: 200,
  // Ten times the reference's 109 req/s (issue 11).
  target: { requestsPerSecond: 1100, p99Ms: 50 },
  requests: (users) => users.map((user) => ({ method: 'GET', path: R4_PATH, headers: bearer(user) })),
  verify: verifyMonthlyProfit,
};

/** In WORKLOAD.md order: R1, R2, R4, R5, R3. */
export const SCENARIOS: Scenario[] = [R1, R2, R4, R5, R3];
