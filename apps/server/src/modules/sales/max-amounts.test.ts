import { MAX_CENTS } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app';
import { createPart } from '../../test/parts';
import { bearerFor, signUp } from '../../test/users';

// Every amount here is the largest the shared schemas accept; the sums run far past 2^31 cents.
const MAX = MAX_CENTS;
const BUILD_PARTS = 12;

let ctx: TestContext;
let alice: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestApp();
  alice = await bearerFor(ctx.app, await signUp(ctx.app));
});
afterAll(() => ctx.close());

async function call(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const res = await ctx.app.inject({ method, url, headers: alice, ...(payload ? { payload } : {}) });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

describe('money at the documented maximum', () => {
  it('keeps lots, builds, sales, refunds, the inventory summary and the P&L exact', async () => {
    // A platform fee of 100% plus the largest fixed amount: the fee on the largest price is 2 × MAX.
    await call('PUT', '/api/v1/fee-presets/other/local', { percentBasisPoints: 10_000, fixedCents: MAX });

    const lot = await call('POST', '/api/v1/lots', {
      name: 'Warehouse clear-out',
      totalCostCents: MAX,
      acquiredAt: '2025-01-02',
      parts: [1, 2, 3].map((n) => ({ name: `Server ${n}`, category: 'other' })),
    });
    expect(lot.totalCostCents).toBe(MAX);
    expect((await call('GET', `/api/v1/lots/${lot.id}`)).totalCostCents).toBe(MAX);

    const parts = [];
    for (let n = 0; n < BUILD_PARTS + 1; n++)
      parts.push(
        await createPart(ctx.app, alice, {
          name: `Part ${n}`,
          category: 'other',
          costCents: MAX,
          // Bought before their sales in February: a sale cannot predate its parts.
          acquiredAt: '2025-01-02',
        }),
      );
    expect((await call('GET', '/api/v1/parts/summary')).byStatus.in_stock).toEqual({
      count: BUILD_PARTS + 4,
      costCents: (BUILD_PARTS + 2) * MAX,
    });

    const build = await call('POST', '/api/v1/builds', { name: 'Render farm', targetPriceCents: MAX });
    for (const p of parts.slice(0, BUILD_PARTS))
      await call('POST', `/api/v1/builds/${build.id}/parts`, { partId: p.id });
    await call('POST', `/api/v1/builds/${build.id}/planned`, {
      category: 'other',
      name: 'Rack',
      expectedCostCents: MAX,
    });
    expect((await call('GET', `/api/v1/builds/${build.id}`)).money).toEqual({
      ownedCostCents: BUILD_PARTS * MAX,
      plannedCostCents: MAX,
      totalCostCents: (BUILD_PARTS + 1) * MAX,
      targetPriceCents: MAX,
      expectedProfitCents: -BUILD_PARTS * MAX,
    });

    const buildSale = await call('POST', '/api/v1/sales', {
      buildId: build.id,
      priceCents: MAX,
      shippingCents: MAX,
      platform: 'other',
      soldAt: '2025-02-01',
      overrideReason: 'A rack of parts, not a working PC',
    });
    expect(buildSale).toMatchObject({
      priceCents: MAX,
      feesCents: 2 * MAX,
      shippingCents: MAX,
      cogsCents: BUILD_PARTS * MAX,
      profitCents: MAX - 2 * MAX - MAX - BUILD_PARTS * MAX,
    });

    const single = parts[BUILD_PARTS];
    const listing = await call('POST', '/api/v1/listings', {
      partId: single?.id,
      platform: 'other',
      title: 'Top part',
      priceCents: MAX,
    });
    expect(listing).toMatchObject({ priceCents: MAX, estimatedFeesCents: 2 * MAX, estimatedNetCents: -MAX });
    await call('POST', `/api/v1/listings/${listing.id}/activate`);
    const partSale = await call('POST', '/api/v1/sales', { listingId: listing.id, soldAt: '2025-02-02' });
    expect(partSale).toMatchObject({ priceCents: MAX, feesCents: 2 * MAX, cogsCents: MAX });

    const refunded = await call('POST', `/api/v1/sales/${buildSale.id}/refund`, {
      amountCents: MAX,
      restock: true,
      refundedAt: '2025-02-03',
    });
    expect(refunded).toMatchObject({
      refundedCents: MAX,
      cogsReturnedCents: BUILD_PARTS * MAX,
      restocked: true,
      refunds: [{ amountCents: MAX, cogsReturnedCents: BUILD_PARTS * MAX }],
      profitCents: MAX - 2 * MAX - MAX - BUILD_PARTS * MAX - MAX + BUILD_PARTS * MAX,
    });

    for (const day of ['2025-02-04', '2025-02-05', '2025-02-06'])
      await call('POST', '/api/v1/expenses', {
        spentAt: day,
        category: 'tools',
        amountCents: MAX,
        description: 'Forklift',
      });
    expect((await call('GET', '/api/v1/expenses')).totalCents).toBe(3 * MAX);

    const totals = {
      count: 2,
      priceCents: 2 * MAX,
      feesCents: 4 * MAX,
      shippingCents: MAX,
      cogsCents: (BUILD_PARTS + 1) * MAX,
      refundedCents: MAX,
      cogsReturnedCents: BUILD_PARTS * MAX,
    };
    const profitCents =
      totals.priceCents -
      totals.feesCents -
      totals.shippingCents -
      totals.cogsCents -
      totals.refundedCents +
      totals.cogsReturnedCents;
    expect((await call('GET', '/api/v1/sales')).totals).toEqual({ ...totals, profitCents });

    expect(await call('GET', '/api/v1/pnl')).toEqual({
      from: null,
      to: null,
      salesCount: 2,
      revenueCents: totals.priceCents,
      feesCents: totals.feesCents,
      shippingCents: totals.shippingCents,
      cogsCents: totals.cogsCents,
      cogsReturnedCents: totals.cogsReturnedCents,
      refundsCents: totals.refundedCents,
      expensesCents: 3 * MAX,
      grossProfitCents: profitCents,
      netProfitCents: profitCents - 3 * MAX,
    });

    // The build came back assembled: its parts are in a build again, at their cost; one part stays sold.
    const summary = await call('GET', '/api/v1/parts/summary');
    expect(summary.byStatus).toMatchObject({
      in_stock: { count: 3, costCents: MAX },
      in_build: { count: BUILD_PARTS, costCents: BUILD_PARTS * MAX },
      sold: { count: 1, costCents: MAX },
    });
    expect(summary.inventoryValueCents).toBe((BUILD_PARTS + 1) * MAX);
  });
});
