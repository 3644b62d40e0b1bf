import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

interface SaleOut {
  id: number;
  soldAt: string;
  priceCents: number;
  feesCents: number;
  shippingCents: number;
  cogsCents: number;
  profitCents: number;
}

async function sale(costCents: number, body: object): Promise<SaleOut> {
  const p = await createPart(ctx.app, alice, { costCents });
  const res = await call('POST', '/api/v1/sales', alice, { partId: p.id, ...body });
  expect(res.statusCode).toBe(201);
  return res.json();
}
const expense = (body: object) => call('POST', '/api/v1/expenses', alice, body);

describe('profit and loss', () => {
  it('equals the sum of its sales, refunds and expenses to the cent', async () => {
    const sales = [
      await sale(12345, { priceCents: 19999, platform: 'ebay', soldAt: '2025-03-05', shippingCents: 899 }),
      await sale(5001, { priceCents: 7777, platform: 'reddit_hardwareswap', soldAt: '2025-03-20' }),
      await sale(30000, { priceCents: 45000, feesCents: 0, soldAt: '2025-04-02' }),
    ];
    // A partial refund in March, and a restocking refund in April of a March sale.
    await call('POST', `/api/v1/sales/${sales[1]?.id}/refund`, alice, {
      amountCents: 777,
      restock: false,
      refundedAt: '2025-03-25',
    });
    const restocked = await call('POST', `/api/v1/sales/${sales[0]?.id}/refund`, alice, {
      amountCents: 19999,
      restock: true,
      refundedAt: '2025-04-10',
    });
    expect(restocked.statusCode).toBe(200);
    expect(
      (
        await expense({
          spentAt: '2025-03-01',
          category: 'shipping_supplies',
          amountCents: 2599,
          description: 'Boxes',
        })
      ).statusCode,
    ).toBe(201);
    await expense({
      spentAt: '2025-04-15',
      category: 'consumables',
      amountCents: 899,
      description: 'Thermal paste',
    });

    const all = (await call('GET', '/api/v1/pnl', alice)).json();
    const latest = await Promise.all(
      sales.map(async (s) => (await call('GET', `/api/v1/sales/${s.id}`, alice)).json() as Promise<SaleOut>),
    );
    const sumOf = (f: (s: SaleOut) => number) => latest.reduce((t, s) => t + f(s), 0);
    expect(all).toMatchObject({
      salesCount: 3,
      revenueCents: 19999 + 7777 + 45000,
      feesCents: sumOf((s) => s.feesCents),
      shippingCents: 899,
      cogsCents: 12345 + 5001 + 30000,
      cogsReturnedCents: 12345,
      refundsCents: 777 + 19999,
      expensesCents: 2599 + 899,
    });
    expect(all.grossProfitCents).toBe(sumOf((s) => s.profitCents));
    expect(all.netProfitCents).toBe(sumOf((s) => s.profitCents) - 2599 - 899);
    const ledger = (await call('GET', '/api/v1/sales', alice)).json();
    expect(ledger.totals.profitCents).toBe(all.grossProfitCents);
    expect(ledger.items.map((s: SaleOut) => s.soldAt)).toEqual(['2025-04-02', '2025-03-20', '2025-03-05']);

    // March: two sales, one refund, one expense; the restock belongs to April.
    const march = (await call('GET', '/api/v1/pnl?from=2025-03-01&to=2025-03-31', alice)).json();
    expect(march).toMatchObject({
      salesCount: 2,
      revenueCents: 19999 + 7777,
      cogsCents: 12345 + 5001,
      cogsReturnedCents: 0,
      refundsCents: 777,
      expensesCents: 2599,
    });
    const april = (await call('GET', '/api/v1/pnl?from=2025-04-01&to=2025-04-30', alice)).json();
    expect(march.netProfitCents + april.netProfitCents).toBe(all.netProfitCents);
    const ledgerMarch = (
      await call('GET', '/api/v1/sales?from=2025-03-01&to=2025-03-31&platform=ebay', alice)
    ).json();
    expect(ledgerMarch.total).toBe(1);
  });

  it('is empty for another user and refuses a reversed range', async () => {
    const theirs = (await call('GET', '/api/v1/pnl', bob)).json();
    expect(theirs).toMatchObject({ salesCount: 0, revenueCents: 0, expensesCents: 0, netProfitCents: 0 });
    expect((await call('GET', '/api/v1/pnl?from=2025-05-01&to=2025-04-01', alice)).statusCode).toBe(400);
    expect((await call('GET', '/api/v1/pnl?from=2025-02-30', alice)).statusCode).toBe(400);
  });
});
