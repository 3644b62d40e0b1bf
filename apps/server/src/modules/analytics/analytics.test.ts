import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { bearerFor, signUp } from '../../test/users';

// 23:30 on Dec 31 in Los Angeles is already Jan 1 in UTC.
const clock = fixedClock('2026-01-01T07:30:00Z');
let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers({}, { clock }));
});
afterAll(() => ctx.close());

interface Json {
  // biome-ignore lint/suspicious/noExplicitAny: the test reads answers field by field
  [k: string]: any;
}
async function ok(
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  who: Headers,
  body?: object,
  status?: number,
) {
  const res = await call(method, url, who, body);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status ?? (method === 'POST' ? 201 : 200));
  return res.json() as Json;
}

async function sell(who: Headers, cost: number, sale: object, acquiredAt = '2025-01-05') {
  const part = await ok('POST', '/api/v1/parts', who, {
    name: 'GPU',
    category: 'gpu',
    costCents: cost,
    acquiredAt,
  });
  return ok('POST', '/api/v1/sales', who, { partId: part.id, ...sale });
}

describe('analytics', () => {
  it('zero-fills every period, and its totals equal the P&L to the cent with refunds and expenses', async () => {
    const a = await sell(alice, 10000, {
      priceCents: 20000,
      feesCents: 2000,
      shippingCents: 500,
      soldAt: '2025-01-31',
    });
    await sell(alice, 5000, { priceCents: 9000, feesCents: 900, soldAt: '2025-03-01' }, '2025-02-01');
    await ok(
      'POST',
      `/api/v1/sales/${a.id}/refund`,
      alice,
      { amountCents: 3000, restock: false, refundedAt: '2025-03-02' },
      200,
    );
    await ok('POST', '/api/v1/expenses', alice, {
      spentAt: '2025-02-10',
      category: 'shipping_supplies',
      amountCents: 1234,
      description: 'Boxes',
    });
    const months = await ok(
      'GET',
      '/api/v1/analytics/timeseries?granularity=month&from=2025-01-01&to=2025-04-30',
      alice,
    );
    expect(months.points.map((p: Json) => [p.period, p.salesCount, p.netProfitCents])).toEqual([
      ['2025-01', 1, 20000 - 2000 - 500 - 10000],
      ['2025-02', 0, -1234],
      ['2025-03', 1, 9000 - 900 - 5000 - 3000],
      ['2025-04', 0, 0],
    ]);
    expect(months.points[0]).toMatchObject({ start: '2025-01-01', end: '2025-01-31', purchasesCents: 10000 });
    // Stock at cost at each period's end: bought and not sold.
    expect(months.points.map((p: Json) => p.stockValueCents)).toEqual([0, 5000, 0, 0]);

    const pnl = await ok('GET', '/api/v1/pnl?from=2025-01-01&to=2025-04-30', alice);
    const summary = await ok('GET', '/api/v1/analytics/summary?from=2025-01-01&to=2025-04-30', alice);
    const sum = (k: string) => months.points.reduce((t: number, p: Json) => t + p[k], 0);
    for (const k of [
      'revenueCents',
      'feesCents',
      'shippingCents',
      'cogsCents',
      'refundsCents',
      'expensesCents',
    ])
      expect([k, sum(k), summary.current[k]]).toEqual([k, pnl[k], pnl[k]]);
    expect(sum('netProfitCents')).toBe(pnl.netProfitCents);
    expect(summary.current).toMatchObject({
      salesCount: 2,
      netProfitCents: pnl.netProfitCents,
      averageSaleCents: 14500,
      purchasedUnits: 2,
      purchasesCents: 15000,
      sellThrough: 1,
      averageDaysToSell: (26 + 28) / 2,
      medianDaysToSell: 27,
    });
    // The period before: 120 days of nothing.
    expect(summary.previous).toMatchObject({
      from: '2024-09-03',
      to: '2024-12-31',
      salesCount: 0,
      margin: null,
    });

    // A correction of a past sale shows in every answer at once.
    await ok('PATCH', `/api/v1/sales/${a.id}`, alice, { priceCents: 21000 });
    const again = await ok(
      'GET',
      '/api/v1/analytics/timeseries?granularity=year&from=2025-01-01&to=2025-12-31',
      alice,
    );
    const pnl2 = await ok('GET', '/api/v1/pnl?from=2025-01-01&to=2025-12-31', alice);
    expect(again.points[0].netProfitCents).toBe(pnl2.netProfitCents);
    expect(pnl2.netProfitCents).toBe(pnl.netProfitCents + 1000);

    // A sale voided as a mistake leaves every figure, its refund with it, and the stock is back.
    await ok('POST', `/api/v1/sales/${a.id}/void`, alice, { reason: 'entered twice' }, 200);
    const voided = await ok(
      'GET',
      '/api/v1/analytics/timeseries?granularity=month&from=2025-01-01&to=2025-04-30',
      alice,
    );
    const pnl3 = await ok('GET', '/api/v1/pnl?from=2025-01-01&to=2025-04-30', alice);
    expect(voided.points.map((p: Json) => [p.period, p.salesCount, p.netProfitCents])).toEqual([
      ['2025-01', 0, 0],
      ['2025-02', 0, -1234],
      ['2025-03', 1, 9000 - 900 - 5000],
      ['2025-04', 0, 0],
    ]);
    expect(voided.points.map((p: Json) => p.stockValueCents)).toEqual([10000, 15000, 10000, 10000]);

    // A part written off (archived without a sale) leaves the stock on the day it is archived.
    const dud = await ok('POST', '/api/v1/parts', alice, {
      name: 'Dead GPU',
      category: 'gpu',
      costCents: 2500,
      acquiredAt: '2025-02-10',
    });
    clock.set('2025-04-15T19:00:00Z');
    await ok('POST', '/api/v1/parts/bulk', alice, { ids: [dud.id], action: 'archive' }, 200);
    clock.set('2026-01-01T07:30:00Z');
    const writtenOff = await ok(
      'GET',
      '/api/v1/analytics/timeseries?granularity=month&from=2025-01-01&to=2025-04-30',
      alice,
    );
    expect(writtenOff.points.map((p: Json) => [p.writtenOffCents, p.stockValueCents])).toEqual([
      [0, 10000],
      [0, 17500],
      [0, 12500],
      [2500, 10000],
    ]);
    // A range starting mid-month: the days before it open the stock and are not in its first period.
    const midMonth = await ok(
      'GET',
      '/api/v1/analytics/timeseries?granularity=month&from=2025-02-15&to=2025-04-30',
      alice,
    );
    expect(
      midMonth.points.map((p: Json) => [p.start, p.purchasesCents, p.expensesCents, p.stockValueCents]),
    ).toEqual([
      ['2025-02-15', 0, 0, 17500],
      ['2025-03-01', 0, 0, 12500],
      ['2025-04-01', 0, 0, 10000],
    ]);
    expect(voided.points.reduce((t: number, p: Json) => t + p.netProfitCents, 0)).toBe(pnl3.netProfitCents);
  });

  it('starts weeks on Monday, crosses years, and counts a sale on Dec 31 in Los Angeles in that year', async () => {
    const carolUser = await signUp(ctx.app, { name: 'Carol', timezone: 'America/Los_Angeles' });
    const carol = await bearerFor(ctx.app, carolUser);
    // No date given: the sale is dated Carol's today, Dec 31 2025, though it is Jan 1 in UTC.
    const sale = await sell(carol, 1000, { priceCents: 2500, feesCents: 0 });
    expect(sale.soldAt).toBe('2025-12-31');
    const years = await ok(
      'GET',
      '/api/v1/analytics/timeseries?granularity=year&from=2025-01-01&to=2026-12-31',
      carol,
    );
    expect(years.points.map((p: Json) => [p.period, p.salesCount])).toEqual([
      ['2025', 1],
      ['2026', 0],
    ]);
    const weeks = await ok(
      'GET',
      '/api/v1/analytics/timeseries?granularity=week&from=2025-12-24&to=2026-01-06',
      carol,
    );
    expect(weeks.points.map((p: Json) => [p.period, p.start, p.end, p.salesCount])).toEqual([
      ['2025-W52', '2025-12-24', '2025-12-28', 0],
      ['2026-W01', '2025-12-29', '2026-01-04', 1],
      ['2026-W02', '2026-01-05', '2026-01-06', 0],
    ]);
    // PostgreSQL names and cuts the periods: ISO week 53, leap days, months and years cut to the range.
    const periodsOf = async (granularity: string, from: string, to: string) =>
      (
        await ok(
          'GET',
          `/api/v1/analytics/timeseries?granularity=${granularity}&from=${from}&to=${to}`,
          carol,
        )
      ).points.map((p: Json) => [p.period, p.start, p.end]);
    expect(await periodsOf('week', '2020-12-28', '2021-01-04')).toEqual([
      ['2020-W53', '2020-12-28', '2021-01-03'],
      ['2021-W01', '2021-01-04', '2021-01-04'],
    ]);
    expect(await periodsOf('month', '2024-01-15', '2024-03-10')).toEqual([
      ['2024-01', '2024-01-15', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03-01', '2024-03-10'],
    ]);
    expect(await periodsOf('day', '2024-02-28', '2024-03-01')).toEqual([
      ['2024-02-28', '2024-02-28', '2024-02-28'],
      ['2024-02-29', '2024-02-29', '2024-02-29'],
      ['2024-03-01', '2024-03-01', '2024-03-01'],
    ]);
    expect(await periodsOf('year', '2024-12-31', '2025-01-01')).toEqual([
      ['2024', '2024-12-31', '2024-12-31'],
      ['2025', '2025-01-01', '2025-01-01'],
    ]);
    // Without a range: this month of Carol's calendar.
    const summary = await ok('GET', '/api/v1/analytics/summary', carol);
    expect(summary.current).toMatchObject({ from: '2025-12-01', to: '2025-12-31', salesCount: 1 });
  });

  it('groups sales, ages stock, and prices a sold build against its parts sold one by one', async () => {
    await sell(bob, 4000, { priceCents: 6000, feesCents: 600, platform: 'ebay', soldAt: '2025-06-10' });
    const byPlatform = await ok(
      'GET',
      '/api/v1/analytics/breakdown?by=platform&from=2025-06-01&to=2025-06-30',
      bob,
    );
    expect(byPlatform.groups).toEqual([
      {
        key: 'ebay',
        salesCount: 1,
        revenueCents: 6000,
        profitCents: 1400,
        roi: 0.35,
        averageDaysToSell: 156,
      },
    ]);
    const byCategory = await ok(
      'GET',
      '/api/v1/analytics/breakdown?by=category&from=2025-06-01&to=2025-06-30',
      bob,
    );
    expect(byCategory.groups.map((g: Json) => g.key)).toEqual(['gpu']);

    await ok('POST', '/api/v1/parts', bob, {
      name: 'Old CPU',
      category: 'cpu',
      costCents: 700,
      acquiredAt: '2025-01-01',
    });
    await ok('POST', '/api/v1/parts', bob, {
      name: 'New RAM',
      category: 'memory',
      costCents: 300,
      acquiredAt: '2025-12-20',
    });
    const aging = await ok('GET', '/api/v1/analytics/aging', bob);
    expect(aging.today).toBe('2026-01-01');
    expect(aging.buckets).toEqual([
      { bucket: '0-30', units: 1, costCents: 300 },
      { bucket: '31-60', units: 0, costCents: 0 },
      { bucket: '61-90', units: 0, costCents: 0 },
      { bucket: '91-180', units: 0, costCents: 0 },
      { bucket: '181+', units: 1, costCents: 700 },
    ]);
    expect(aging.oldest[0]).toMatchObject({
      name: 'Old CPU',
      daysHeld: 365,
      link: expect.stringMatching(/^\/inventory\/\d+$/),
    });

    const builds = await ok('GET', '/api/v1/analytics/builds?from=2025-01-01&to=2025-12-31', bob);
    expect(builds.builds).toEqual([]);
  });

  it('never shows another user’s numbers, and names the field of a bad query', async () => {
    const mine = await ok('GET', '/api/v1/analytics/summary?from=2025-01-01&to=2025-12-31', bob);
    expect(mine.current.salesCount).toBe(1);
    expect(mine.current.revenueCents).toBe(6000);
    const bad = [
      ['/api/v1/analytics/timeseries?granularity=hour', 'granularity'],
      ['/api/v1/analytics/timeseries?from=2025-02-30', 'from'],
      ['/api/v1/analytics/summary?from=2025-03-01&to=2025-02-01', 'from'],
      ['/api/v1/analytics/timeseries?granularity=day&from=2019-01-01&to=2025-01-01', 'to'],
      ['/api/v1/analytics/breakdown?by=color', 'by'],
    ];
    for (const [url, field] of bad) {
      const res = await call('GET', url as string, alice);
      expect(res.statusCode, url).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}), url).toContain(field);
    }
    expect(
      (
        await call(
          'GET',
          '/api/v1/analytics/timeseries?granularity=week&from=2019-01-01&to=2025-01-01',
          alice,
        )
      ).statusCode,
    ).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/analytics/summary' })).statusCode).toBe(401);
  });

  it('sets a sold build against its parts sold one by one at the user’s own average prices', async () => {
    const dave = await bearerFor(ctx.app, await signUp(ctx.app, { name: 'Dave' }));
    // Two earlier sales of the same CPU alone: it sells for 85.00 on average.
    await sell(dave, 5000, { priceCents: 8000, soldAt: '2025-05-01' }, '2025-03-01');
    await sell(dave, 5000, { priceCents: 9000, soldAt: '2025-05-02' }, '2025-03-01');
    const build = await ok('POST', '/api/v1/builds', dave, { name: 'Starter PC' });
    const cpu = await ok('POST', '/api/v1/parts', dave, {
      name: 'GPU',
      category: 'gpu',
      costCents: 5000,
      acquiredAt: '2025-03-01',
    });
    const other = await ok('POST', '/api/v1/parts', dave, {
      name: 'Some board',
      category: 'motherboard',
      costCents: 15000,
      acquiredAt: '2025-04-01',
    });
    for (const part of [cpu, other])
      await ok('POST', `/api/v1/builds/${build.id}/parts`, dave, { partId: part.id }, 200);
    await ok('POST', '/api/v1/sales', dave, {
      buildId: build.id,
      priceCents: 30000,
      feesCents: 1000,
      soldAt: '2025-07-01',
      overrideReason: 'Sold as a bundle of parts, not as a working PC',
    });
    const answer = await ok('GET', '/api/v1/analytics/builds?from=2025-01-01&to=2025-12-31', dave);
    expect(answer.builds).toEqual([
      {
        saleId: expect.any(Number),
        buildId: build.id,
        name: 'Starter PC',
        soldAt: '2025-07-01',
        costCents: 20000,
        priceCents: 30000,
        feesCents: 1000,
        shippingCents: 0,
        profitCents: 9000,
        daysToSell: 122,
        partOut: { pricedParts: 1, unpricedParts: 1, valueCents: 8500 },
      },
    ]);
    const byCategory = await ok(
      'GET',
      '/api/v1/analytics/breakdown?by=category&from=2025-01-01&to=2025-12-31',
      dave,
    );
    expect(byCategory.groups.map((g: Json) => [g.key, g.salesCount])).toEqual([
      ['build', 1],
      ['gpu', 2],
    ]);
  });
});
