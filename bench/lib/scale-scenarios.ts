import type { BenchUser } from './accounts';
import { withClient } from './database';
import { bearer } from './routes';
import type { Scenario } from './scenarios';
import { call, expect } from './verify';

export const SUMMARY_PATH = '/api/v1/analytics/summary?from=2025-01-01&to=2025-12-31';
export const TIMESERIES_PATH = '/api/v1/analytics/timeseries?granularity=month&from=2024-01-01&to=2025-12-31';
/** A whole year of platform figures, day by day (the default is the admin's current month). */
export const ADMIN_PATH = '/api/v1/admin/analytics?from=2025-01-01&to=2025-12-31';

/** Users whose answers are checked against the ledger before measuring. */
const CHECKED_USERS = 3;

interface LedgerTotals {
  sales: number;
  revenue: number;
}

async function ledgerTotals(url: string, from: string, to: string, ownerId?: string): Promise<LedgerTotals> {
  return withClient(url, async (client) => {
    const result = await client.query<{ sales: string; revenue: string }>(
      `select count(*) as sales, coalesce(sum(price_cents), 0) as revenue from sale
       where sold_at between $1 and $2 and voided_at is null and ($3::text is null or owner_id = $3)`,
      [from, to, ownerId ?? null],
    );
    return { sales: Number(result.rows[0]?.sales), revenue: Number(result.rows[0]?.revenue) };
  });
}

const checked = (users: BenchUser[]) => users.slice(0, CHECKED_USERS);

async function verifySummary(url: string, baseUrl: string, users: BenchUser[]): Promise<void> {
  for (const user of checked(users)) {
    const { status, body } = await call(baseUrl, SUMMARY_PATH, { headers: bearer(user) });
    expect(status === 200, `summary of scale user ${user.u}: status ${status}`);
    const current = (body as { current: { salesCount: number; revenueCents: number } }).current;
    const expected = await ledgerTotals(url, '2025-01-01', '2025-12-31', user.userId);
    expect(
      current.salesCount === expected.sales && current.revenueCents === expected.revenue,
      `summary of scale user ${user.u}: ${current.salesCount} sales, ${current.revenueCents} cents; the ledger: ${JSON.stringify(expected)}`,
    );
  }
}

async function verifyTimeseries(url: string, baseUrl: string, users: BenchUser[]): Promise<void> {
  for (const user of checked(users)) {
    const { status, body } = await call(baseUrl, TIMESERIES_PATH, { headers: bearer(user) });
    expect(status === 200, `timeseries of scale user ${user.u}: status ${status}`);
    const points = (body as { points: { salesCount: number; revenueCents: number }[] }).points;
    const expected = await ledgerTotals(url, '2024-01-01', '2025-12-31', user.userId);
    const sum = (k: 'salesCount' | 'revenueCents') => points.reduce((t, p) => t + p[k], 0);
    expect(points.length === 24, `timeseries of scale user ${user.u}: ${points.length} months, not 24`);
    expect(
      sum('salesCount') === expected.sales && sum('revenueCents') === expected.revenue,
      `timeseries of scale user ${user.u}: ${sum('salesCount')} sales, ${sum('revenueCents')} cents; the ledger: ${JSON.stringify(expected)}`,
    );
  }
}

async function verifyAdmin(
  url: string,
  baseUrl: string,
  admin: BenchUser,
  users: BenchUser[],
): Promise<void> {
  const [first] = users;
  if (first) {
    const denied = await call(baseUrl, ADMIN_PATH, { headers: bearer(first) });
    expect(denied.status === 403, `admin analytics for a user: status ${denied.status}, not 403`);
  }
  const { status, body } = await call(baseUrl, ADMIN_PATH, { headers: bearer(admin) });
  expect(status === 200, `admin analytics: status ${status}`);
  const answer = body as { sales: { count: number; volumeCents: number }; daily: unknown[] };
  const expected = await ledgerTotals(url, '2025-01-01', '2025-12-31');
  expect(
    answer.sales.count === expected.sales && answer.sales.volumeCents === expected.revenue,
    `admin analytics: ${JSON.stringify(answer.sales)}; the ledger: ${JSON.stringify(expected)}`,
  );
  expect(answer.daily.length === 365, `admin analytics: ${answer.daily.length} days, not 365`);
}

const P99_USER_MS = 50;
const P99_ADMIN_MS = 250;

const cycle = (path: string) => (users: BenchUser[]) =>
  users.map((user) => ({ method: 'GET' as const, path, headers: bearer(user) }));

/** The scale run's measured requests (issue 11): no throughput target, a p99 target each. */
export function scaleScenarios(databaseUrl: string, admin: BenchUser): Scenario[] {
  return [
    {
      id: 'S1',
      title: "summary of 2025 (requests cycle over the users' tokens)",
      expectedStatus: 200,
      target: { requestsPerSecond: 0, p99Ms: P99_USER_MS },
      requests: cycle(SUMMARY_PATH),
      verify: (baseUrl, users) => verifySummary(databaseUrl, baseUrl, users),
    },
    {
      id: 'S2',
      title: "monthly timeseries, 24 months (cycling over the users' tokens)",
      expectedStatus: 200,
      target: { requestsPerSecond: 0, p99Ms: P99_USER_MS },
      requests: cycle(TIMESERIES_PATH),
      verify: (baseUrl, users) => verifyTimeseries(databaseUrl, baseUrl, users),
    },
    {
      id: 'S3',
      title: 'admin analytics, 2025 day by day (an admin token)',
      expectedStatus: 200,
      target: { requestsPerSecond: 0, p99Ms: P99_ADMIN_MS },
      requests: () => cycle(ADMIN_PATH)([admin]),
      verify: (baseUrl, users) => verifyAdmin(databaseUrl, baseUrl, admin, users),
    },
  ];
}
