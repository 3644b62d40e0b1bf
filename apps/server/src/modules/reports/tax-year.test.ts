import { parseCsv, type TaxYearReport } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

const clock = fixedClock('2026-01-10T12:00:00Z');

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers({}, { clock }));
});
afterAll(() => ctx.close());

async function ok(method: 'GET' | 'POST', url: string, body?: object, status?: number) {
  const res = await call(method, url, alice, body);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status ?? (method === 'POST' ? 201 : 200));
  return res.json() as { id: number } & Record<string, unknown>;
}
const buy = (name: string, costCents: number, acquiredAt: string) =>
  ok('POST', '/api/v1/parts', { name, category: 'gpu', costCents, acquiredAt });
const sell = (partId: number, sale: object) => ok('POST', '/api/v1/sales', { partId, feesCents: 0, ...sale });

describe('tax-year report', () => {
  it('reconciles the inventory method with the per-sale cost of goods, opening and closing stock included', async () => {
    const p1 = await buy('Held over the year end', 1000, '2024-06-01');
    const p2 = await buy('Sold in 2024, returned in 2025', 2000, '2024-07-01');
    const s2 = await sell(p2.id, { priceCents: 2500, soldAt: '2024-08-01' });
    const p3 = await buy('Bought and sold in 2025', 3000, '2025-02-01');
    const s3 = await sell(p3.id, {
      priceCents: 5000,
      feesCents: 500,
      shippingCents: 100,
      soldAt: '2025-03-01',
    });
    await sell(p1.id, { priceCents: 1500, soldAt: '2025-04-01' });
    await ok(
      'POST',
      `/api/v1/sales/${s2.id}/refund`,
      { amountCents: 2000, restock: true, refundedAt: '2025-01-10' },
      200,
    );
    await buy('Held at the year end', 4000, '2025-05-01');
    const p5 = await buy('Archived', 600, '2025-06-01');
    // Written off in July 2025: in no stock at the end of 2025, though it was not sold.
    clock.set('2025-07-01T12:00:00Z');
    await ok('POST', '/api/v1/parts/bulk', { ids: [p5.id], action: 'archive' }, 200);
    clock.set('2026-01-10T12:00:00Z');
    await ok('POST', '/api/v1/expenses', {
      spentAt: '2025-03-03',
      category: 'consumables',
      amountCents: 300,
      description: 'Paste',
    });
    await ok('POST', '/api/v1/expenses', {
      spentAt: '2025-09-09',
      category: 'shipping_supplies',
      amountCents: 700,
      description: 'Boxes',
    });
    const later = await buy('Sold the next year', 100, '2025-12-01');
    await sell(later.id, { priceCents: 200, soldAt: '2026-01-02' });

    const r = (await ok('GET', '/api/v1/reports/tax-year?year=2025')) as unknown as TaxYearReport;
    const cogs = r.costOfGoodsSold;
    expect(cogs.inventoryMethod.openingStock.cents).toBe(1000);
    expect(cogs.inventoryMethod.purchases.cents).toBe(3000 + 4000 + 600 + 100);
    expect(cogs.inventoryMethod.closingStock.cents).toBe(4000 + 2000 + 100);
    expect(cogs.inventoryMethod.cogs.cents).toBe(1000 + 7700 - 6100);
    expect(cogs.perSale).toMatchObject({
      cogs: { cents: 4000 },
      returned: { cents: 2000 },
      net: { cents: 2000 },
    });
    expect(cogs.difference.cents).toBe(600);
    expect(cogs.explained).toEqual([{ reason: expect.stringContaining('archived'), cents: 600 }]);
    expect(r).toMatchObject({
      salesCount: 2,
      grossReceipts: { cents: 6500 },
      returnsAndRefunds: { cents: 2000 },
      fees: { cents: 500 },
      shipping: { cents: 100 },
      grossProfit: { cents: 6500 - 2000 - 500 - 100 - 2000 },
      expenses: {
        byCategory: [
          { category: 'shipping_supplies', cents: 700 },
          { category: 'consumables', cents: 300 },
        ],
        total: { cents: 1000 },
      },
      netProfit: { cents: 900 },
    });
    const pnl = await ok('GET', '/api/v1/pnl?from=2025-01-01&to=2025-12-31');
    expect(pnl.netProfitCents).toBe(900);

    const csv = await call('GET', '/api/v1/reports/tax-year.csv?year=2025', alice);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = parseCsv(csv.body);
    expect(rows[0]).toEqual([
      'Sale',
      'Item',
      'Acquired',
      'Cost basis',
      'Sold',
      'Platform',
      'Price',
      'Fees',
      'Shipping',
      'Refunded',
      'Cost returned',
      'Profit',
    ]);
    expect(rows.slice(1).map((row) => [row[1], row[2], row[3], row[4], row[11]])).toEqual([
      ['Bought and sold in 2025', '2025-02-01', '30.00', '2025-03-01', '14.00'],
      ['Held over the year end', '2024-06-01', '10.00', '2025-04-01', '5.00'],
    ]);

    // A correction of a past sale and of a purchase shows at once, and the two methods still reconcile.
    await call('PATCH', `/api/v1/sales/${s3.id}`, alice, { priceCents: 5500 });
    await call('PATCH', `/api/v1/parts/${p5.id}`, alice, { costCents: 700 });
    const again = (await ok('GET', '/api/v1/reports/tax-year?year=2025')) as unknown as TaxYearReport;
    expect(again.grossReceipts.cents).toBe(7000);
    expect(again.netProfit.cents).toBe(1400);
    expect(again.costOfGoodsSold.difference.cents).toBe(700);
    expect(again.costOfGoodsSold.explained).toEqual([
      { reason: expect.stringContaining('archived'), cents: 700 },
    ]);
  });

  it('shows nothing of another user, and refuses a bad year naming the field', async () => {
    const theirs = await call('GET', '/api/v1/reports/tax-year?year=2025', bob);
    expect(theirs.json()).toMatchObject({
      salesCount: 0,
      grossReceipts: { cents: 0 },
      netProfit: { cents: 0 },
    });
    const csv = await call('GET', '/api/v1/reports/tax-year.csv?year=2025', bob);
    expect(parseCsv(csv.body)).toHaveLength(1);
    for (const year of ['', 'abc', '1999', '2025.5']) {
      const res = await call('GET', `/api/v1/reports/tax-year?year=${year}`, alice);
      expect(res.statusCode, year).toBe(400);
      expect(res.json().error.fields).toHaveProperty('year');
    }
  });
});
