import { AdminAnalytics, AnalyticsSummary, Timeseries } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import { signUpAdmin } from '../../test/admin';
import { appWithTwoUsers } from '../../test/app-with-users';
import { bearerFor } from '../../test/users';

const clock = fixedClock('2025-06-20T12:00:00Z');
const QUERIES = [
  '/api/v1/analytics/timeseries?granularity=month&from=2024-07-01&to=2025-06-30',
  '/api/v1/analytics/summary?from=2025-01-01&to=2025-06-30',
  // No sales in the range: ratios and averages are null.
  '/api/v1/analytics/summary?from=2024-01-01&to=2024-06-30',
];

/** The same figures for one user, answered through the zod serialiser (tests' default) or the compiled one (production's). */
async function answersWith(serializer: 'zod' | 'compiled') {
  const { ctx, alice, call } = await appWithTwoUsers({ RESPONSE_SERIALIZER: serializer }, { clock });
  try {
    const part = await call('POST', '/api/v1/parts', alice, {
      name: 'RTX 3070',
      category: 'gpu',
      costCents: 25000,
      acquiredAt: '2025-02-03',
    });
    await call('POST', '/api/v1/parts', alice, { name: 'Ryzen 5 5600', category: 'cpu', costCents: 8000 });
    const sale = await call('POST', '/api/v1/sales', alice, {
      partId: part.json().id,
      priceCents: 33000,
      feesCents: 4290,
      shippingCents: 1200,
      soldAt: '2025-03-10',
    });
    expect(sale.statusCode, sale.body).toBe(201);
    const admin = await bearerFor(ctx.app, await signUpAdmin(ctx));
    // Awaited here: the finally below closes the app.
    return await Promise.all([
      ...QUERIES.map(async (url) => (await call('GET', url, alice)).body),
      (await call('GET', '/api/v1/admin/analytics?from=2025-03-01&to=2025-03-31', admin)).body,
    ]);
  } finally {
    await ctx.close();
  }
}

describe('analytics answers through the compiled serialiser', () => {
  it('are the same JSON as zod writes, nulls and every field included', async () => {
    const zod = await answersWith('zod');
    const compiled = await answersWith('compiled');
    const [series, summary, empty, platform] = compiled.map((body) => JSON.parse(body));
    expect(compiled.map((body) => JSON.parse(body))).toEqual(zod.map((body) => JSON.parse(body)));
    expect(Timeseries.strict().parse(series)).toEqual(series);
    expect(series.points).toHaveLength(12);
    expect(series.points.find((p: { period: string }) => p.period === '2025-03')).toMatchObject({
      salesCount: 1,
      revenueCents: 33000,
      netProfitCents: 33000 - 4290 - 1200 - 25000,
    });
    expect(AnalyticsSummary.strict().parse(summary)).toEqual(summary);
    expect(summary.current).toMatchObject({ salesCount: 1, roi: (33000 - 4290 - 1200 - 25000) / 25000 });
    expect(empty.current).toMatchObject({ salesCount: 0, roi: null, margin: null, medianDaysToSell: null });
    expect(AdminAnalytics.strict().parse(platform)).toEqual(platform);
    expect(platform.daily).toHaveLength(31);
    expect(platform).toMatchObject({ sales: { count: 1, volumeCents: 33000 }, partsTracked: 2 });
  });
});
