import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import { signUpAdmin } from '../../test/admin';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { bearerFor, signUp } from '../../test/users';
import { findDrift } from '../analytics/reconcile';

// Users sign up in UTC: the sample's dates count back from 2026-03-14.
const clock = fixedClock('2026-03-14T12:00:00Z');
const LAST_120_DAYS = '/api/v1/analytics/summary?from=2025-11-14&to=2026-03-14';
const SAMPLE = { parts: 15, lots: 1, builds: 1, listings: 2, sales: 4, expenses: 2 };

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let carol: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers({}, { clock }));
});
afterAll(() => ctx.close());

const json = async (method: 'GET' | 'POST' | 'DELETE', url: string, who: Headers, body?: unknown) => {
  const res = await call(method, url, who, body as never);
  return { status: res.statusCode, body: res.json() };
};
const totalOf = async (url: string, who: Headers) => (await json('GET', url, who)).body.total as number;

describe('sample data', () => {
  it('loads a workshop into an empty account, whose numbers every page shows at once', async () => {
    expect((await json('GET', '/api/v1/sample-data', alice)).body).toEqual({
      loaded: false,
      canLoad: true,
      counts: { parts: 0, lots: 0, builds: 0, listings: 0, sales: 0, expenses: 0 },
    });
    const loaded = await json('POST', '/api/v1/sample-data', alice);
    expect(loaded).toEqual({ status: 201, body: { loaded: true, canLoad: false, counts: SAMPLE } });

    expect(await totalOf('/api/v1/parts', alice)).toBe(15);
    expect(await totalOf('/api/v1/sales', alice)).toBe(4);
    expect(await totalOf('/api/v1/lots', alice)).toBe(1);
    const listings = (await json('GET', '/api/v1/listings', alice)).body.items;
    expect(listings.map((l: { status: string }) => l.status)).toEqual(['active', 'active']);
    const [build] = (await json('GET', '/api/v1/builds', alice)).body.items;
    expect(build).toMatchObject({ name: 'Budget 1080p gaming PC' });
    const detail = (await json('GET', `/api/v1/builds/${build.id}`, alice)).body;
    expect(detail.compatibility.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual(
      [],
    );

    const { current, stock } = (await json('GET', LAST_120_DAYS, alice)).body;
    // Four sales: 365 + 190 + 65 + 210 dollars; the parts sold cost 280 + 145 + 40 + 170.
    expect(current).toMatchObject({
      salesCount: 4,
      revenueCents: 83_000,
      cogsCents: 63_500,
      expensesCents: 2_849,
      purchasedUnits: 15,
    });
    expect(current.netProfitCents).toBe(
      current.revenueCents - current.feesCents - current.shippingCents - current.cogsCents - 2_849,
    );
    expect(stock.units).toBe(11);
    expect(await findDrift(ctx.database.db, '2000-01-01', '2100-12-31')).toEqual([]);

    // Bob's account is his own: nothing of Alice's sample shows there.
    expect(await totalOf('/api/v1/parts', bob)).toBe(0);
    expect((await json('GET', '/api/v1/sample-data', bob)).body).toMatchObject({
      loaded: false,
      canLoad: true,
    });
  });

  it('loads once, and never into an account with records of its own', async () => {
    const again = await json('POST', '/api/v1/sample-data', alice);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    expect(await totalOf('/api/v1/parts', alice)).toBe(15);

    await json('POST', '/api/v1/parts', bob, { name: 'Bob’s own GPU', category: 'gpu', costCents: 100 });
    expect((await json('GET', '/api/v1/sample-data', bob)).body).toMatchObject({
      loaded: false,
      canLoad: false,
    });
    expect((await json('POST', '/api/v1/sample-data', bob)).status).toBe(409);
    expect(await totalOf('/api/v1/parts', bob)).toBe(1);
  });

  it('loads one workshop when asked twice at once', async () => {
    carol = await bearerFor(ctx.app, await signUp(ctx.app, { name: 'Carol' }));
    const answers = await Promise.all([1, 2].map(() => json('POST', '/api/v1/sample-data', carol)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await totalOf('/api/v1/parts', carol)).toBe(15);
    expect(await totalOf('/api/v1/sales', carol)).toBe(4);
  });

  it('removes the sample with what was recorded on it, keeps the user’s own records, and the figures follow', async () => {
    // Alice sells a sample part herself and puts a part of her own into the sample build.
    const parts = (await json('GET', '/api/v1/parts?q=noctua', alice)).body.items;
    const sold = await json('POST', '/api/v1/sales', alice, {
      partId: parts[0].id,
      priceCents: 6_000,
      platform: 'local',
      soldAt: '2026-03-13',
    });
    expect(sold.status).toBe(201);
    const own = (
      await json('POST', '/api/v1/parts', alice, {
        name: 'Arctic Freezer 34',
        category: 'cooler',
        costCents: 2_500,
        acquiredAt: '2026-03-01',
      })
    ).body;
    // A listed build takes no parts: she ends its listing first.
    const [build] = (await json('GET', '/api/v1/builds', alice)).body.items;
    const listings = (await json('GET', '/api/v1/listings', alice)).body.items;
    const buildListing = listings.find((l: { buildId: number | null }) => l.buildId === build.id);
    expect((await json('POST', `/api/v1/listings/${buildListing.id}/end`, alice)).status).toBe(200);
    const addOwn = await json('POST', `/api/v1/builds/${build.id}/parts`, alice, { partId: own.id });
    expect(addOwn.status).toBe(200);
    // And a build of her own gets a sample card.
    const ownBuild = (await json('POST', '/api/v1/builds', alice, { name: 'Alice’s own build' })).body;
    const rx580 = (await json('GET', '/api/v1/parts?q=rx%20580', alice)).body.items[0];
    const addSample = await json('POST', `/api/v1/builds/${ownBuild.id}/parts`, alice, { partId: rx580.id });
    expect(addSample.status).toBe(200);

    const removed = await json('DELETE', '/api/v1/sample-data', alice);
    expect(removed).toEqual({ status: 200, body: { loaded: false, canLoad: false, counts: SAMPLE } });

    const left = (await json('GET', '/api/v1/parts', alice)).body.items;
    expect(left.map((p: { id: number; status: string }) => [p.id, p.status])).toEqual([[own.id, 'in_stock']]);
    for (const list of ['sales', 'listings', 'lots', 'expenses'])
      expect(await totalOf(`/api/v1/${list}`, alice)).toBe(0);
    const builds = (await json('GET', '/api/v1/builds', alice)).body.items;
    expect(builds.map((b: { id: number }) => b.id)).toEqual([ownBuild.id]);
    expect((await json('GET', `/api/v1/builds/${ownBuild.id}`, alice)).body.parts).toEqual([]);
    const { current, stock } = (await json('GET', LAST_120_DAYS, alice)).body;
    expect(current).toMatchObject({ salesCount: 0, revenueCents: 0, expensesCents: 0, purchasedUnits: 1 });
    expect(current.purchasesCents).toBe(2_500);
    expect(stock).toMatchObject({ units: 1, valueCents: 2_500 });
    expect(await findDrift(ctx.database.db, '2000-01-01', '2100-12-31')).toEqual([]);
    // Her own part's history stays.
    const history = (await json('GET', `/api/v1/parts/${own.id}/history`, alice)).body.items;
    expect(history.map((e: { action: string }) => e.action)).toContain('create');

    const twice = await json('DELETE', '/api/v1/sample-data', alice);
    expect(twice.status).toBe(404);
    expect((await json('DELETE', '/api/v1/sample-data', bob)).status).toBe(404);
    expect(await totalOf('/api/v1/parts', bob)).toBe(1);
  });

  it('is left out of the platform figures an admin sees, where the users’ own sales count', async () => {
    // Carol's sample is loaded (above); Bob and Alice each hold one part of their own.
    expect(await totalOf('/api/v1/sales', carol)).toBe(4);
    const admin = await bearerFor(ctx.app, await signUpAdmin(ctx));
    const platform = async () =>
      (await json('GET', '/api/v1/admin/analytics?from=2025-11-14&to=2026-03-14', admin)).body;
    expect(await platform()).toMatchObject({ sales: { count: 0, volumeCents: 0 }, partsTracked: 2 });

    const [bobsPart] = (await json('GET', '/api/v1/parts', bob)).body.items;
    const sale = { partId: bobsPart.id, priceCents: 5_000, platform: 'local', soldAt: '2026-03-14' };
    expect((await json('POST', '/api/v1/sales', bob, sale)).status).toBe(201);
    const after = await platform();
    expect(after).toMatchObject({ sales: { count: 1, volumeCents: 5_000 }, partsTracked: 2 });
    expect(after.daily.at(-1)).toMatchObject({ day: '2026-03-14', salesCount: 1, volumeCents: 5_000 });
  });
});
