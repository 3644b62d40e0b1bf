import type { BenchUser } from './accounts';
import { bearer, CREATE_PATH, partPath, R1_PATH, R3_BODY, R4_PATH } from './routes';
import { firstPartId, R1_TOTALS, R4_USER1 } from './workload';

interface PartBody {
  id: number;
  category: string;
  status: string;
  acquiredAt: string;
  source: string | null;
}

interface ListBody {
  items: PartBody[];
  total: number;
  page: number;
  pageSize: number;
}

class VerifyError extends Error {}

export function expect(condition: boolean, message: string): void {
  if (!condition) throw new VerifyError(message);
}

export async function call(
  baseUrl: string,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(baseUrl + path, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const user = (users: BenchUser[], i: number): BenchUser => {
  const found = users[i];
  if (!found) throw new VerifyError(`no bench user #${i + 1}`);
  return found;
};

/** R1: the right total for every user (WORKLOAD.md 2.4), 50 matching items, newest first then id descending. */
export async function verifyList(baseUrl: string, users: BenchUser[]): Promise<void> {
  for (const [i, caller] of users.entries()) {
    const { status, body } = await call(baseUrl, R1_PATH, { headers: bearer(caller) });
    expect(status === 200, `R1 user${caller.u}: status ${status}`);
    const list = body as ListBody;
    expect(list.total === R1_TOTALS[i], `R1 user${caller.u}: total ${list.total}, expected ${R1_TOTALS[i]}`);
    expect(list.page === 1 && list.pageSize === 50, `R1 user${caller.u}: page ${list.page}/${list.pageSize}`);
    expect(list.items.length === 50, `R1 user${caller.u}: ${list.items.length} items`);
    expect(
      list.items.every((p) => p.status === 'in_stock' && p.category === 'gpu'),
      `R1 user${caller.u}: an item is not an in_stock gpu`,
    );
    const ordered = list.items.every((p, k) => {
      const prev = list.items[k - 1];
      return !prev || prev.acquiredAt > p.acquiredAt || (prev.acquiredAt === p.acquiredAt && prev.id > p.id);
    });
    expect(ordered, `R1 user${caller.u}: items are not ordered by acquiredAt desc, id desc`);
  }
}

/** R2: each user gets its own part back. */
export async function verifyDetail(baseUrl: string, users: BenchUser[]): Promise<void> {
  for (const caller of users) {
    const id = firstPartId(caller.u) + 4321;
    const { status, body } = await call(baseUrl, partPath(id), { headers: bearer(caller) });
    expect(status === 200 && (body as PartBody).id === id, `R2 user${caller.u} part ${id}: status ${status}`);
  }
}

/** R5: another user's part answers exactly like a part that does not exist. */
export async function verifyIsolation(baseUrl: string, users: BenchUser[]): Promise<void> {
  const caller = user(users, 0);
  const foreign = await call(baseUrl, partPath(firstPartId(user(users, 1).u) + 17), {
    headers: bearer(caller),
  });
  const missing = await call(baseUrl, partPath(999_999_999), { headers: bearer(caller) });
  expect(foreign.status === 404, `R5: another user's part answered ${foreign.status}`);
  expect(
    foreign.status === missing.status && JSON.stringify(foreign.body) === JSON.stringify(missing.body),
    `R5: the answers differ: ${JSON.stringify(foreign.body)} vs ${JSON.stringify(missing.body)}`,
  );
}

/** R3: 201 with a new id past the dataset and the default status. */
export async function verifyCreate(baseUrl: string, users: BenchUser[]): Promise<void> {
  const caller = user(users, 0);
  const { status, body } = await call(baseUrl, CREATE_PATH, {
    method: 'POST',
    headers: { ...bearer(caller), 'content-type': 'application/json' },
    body: JSON.stringify(R3_BODY),
  });
  const created = body as PartBody;
  expect(status === 201, `R3: status ${status}: ${JSON.stringify(body)}`);
  expect(
    created.id > 100_000 && created.status === 'in_stock' && created.source === 'bench',
    'R3: unexpected part',
  );
}

interface MonthPoint {
  period: string;
  salesCount: number;
  revenueCents: number;
  feesCents: number;
  shippingCents: number;
  cogsCents: number;
  netProfitCents: number;
}

/** R4: 24 zero-filled months for every user; user1's totals are the spec's (WORKLOAD.md 2.4). */
export async function verifyMonthlyProfit(baseUrl: string, users: BenchUser[]): Promise<void> {
  for (const caller of users) {
    const { status, body } = await call(baseUrl, R4_PATH, { headers: bearer(caller) });
    expect(status === 200, `R4 user${caller.u}: status ${status}`);
    const points = (body as { points: MonthPoint[] }).points;
    expect(points.length === 24, `R4 user${caller.u}: ${points.length} months`);
    expect(points[0]?.period === '2024-01' && points[23]?.period === '2025-12', `R4 user${caller.u}: months`);
    for (const p of points) {
      const profit = p.revenueCents - p.feesCents - p.shippingCents - p.cogsCents;
      expect(
        p.netProfitCents === profit,
        `R4 user${caller.u} ${p.period}: profit ${p.netProfitCents} ≠ ${profit}`,
      );
    }
    if (caller.u !== 1) continue;
    const sum = (f: (p: MonthPoint) => number) => points.reduce((t, p) => t + f(p), 0);
    const got = {
      sales: sum((p) => p.salesCount),
      revenue: sum((p) => p.revenueCents),
      feesAndShipping: sum((p) => p.feesCents + p.shippingCents),
      cogs: sum((p) => p.cogsCents),
      profit: sum((p) => p.netProfitCents),
    };
    expect(
      JSON.stringify(got) === JSON.stringify(R4_USER1),
      `R4 user1 totals ${JSON.stringify(got)} differ from WORKLOAD.md ${JSON.stringify(R4_USER1)}`,
    );
  }
}
