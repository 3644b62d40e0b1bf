import { DEFAULT_FEES, DELIVERIES, PLATFORMS } from '@partwise/shared';
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

interface Preset {
  platform: string;
  delivery: string;
  percentBasisPoints: number;
  fixedCents: number;
  minimumCents: number;
  custom: boolean;
  default: { source: string; asOf: string };
}
const presetOf = (items: Preset[], platform: string, delivery: string) =>
  items.find((p) => p.platform === platform && p.delivery === delivery);

const listing = async (body: object) => {
  const p = await createPart(ctx.app, alice);
  const res = await call('POST', '/api/v1/listings', alice, { partId: p.id, title: 'GPU', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

describe('fees by platform and delivery', () => {
  it('has a documented preset for every platform and delivery', async () => {
    const items: Preset[] = (await call('GET', '/api/v1/fee-presets', alice)).json().items;
    expect(items).toHaveLength(PLATFORMS.length * DELIVERIES.length);
    expect(presetOf(items, 'facebook_marketplace', 'local')).toMatchObject({
      percentBasisPoints: 0,
      fixedCents: 0,
      minimumCents: 0,
      custom: false,
    });
    expect(presetOf(items, 'facebook_marketplace', 'shipped')).toMatchObject({
      percentBasisPoints: 1000,
      minimumCents: 80,
      default: { source: DEFAULT_FEES.facebook_marketplace.shipped.source, asOf: '2025-01' },
    });
    expect(presetOf(items, 'craigslist', 'local')?.percentBasisPoints).toBe(0);
  });

  it('estimates a listing’s net by how it is sold: local pickup on Marketplace costs nothing, shipped pays the fee', async () => {
    const local = await listing({ platform: 'facebook_marketplace', priceCents: 45_000 });
    expect(local).toMatchObject({ delivery: 'local', estimatedFeesCents: 0, estimatedNetCents: 45_000 });
    const shipped = await call('PATCH', `/api/v1/listings/${local.id}`, alice, { delivery: 'shipped' });
    expect(shipped.json()).toMatchObject({
      delivery: 'shipped',
      estimatedFeesCents: 4_500,
      estimatedNetCents: 40_500,
    });
    const small = await listing({ platform: 'facebook_marketplace', delivery: 'shipped', priceCents: 500 });
    expect(small.estimatedFeesCents).toBe(80);
    const craigslist = await listing({ platform: 'craigslist', priceCents: 45_000 });
    expect(craigslist).toMatchObject({ delivery: 'local', estimatedFeesCents: 0 });
    const ebay = await listing({ platform: 'ebay', priceCents: 10_000 });
    expect(ebay).toMatchObject({ delivery: 'shipped', estimatedFeesCents: 1_400 });
    expect(
      (await call('PATCH', `/api/v1/listings/${ebay.id}`, alice, { delivery: 'drone' })).json().error.fields,
    ).toHaveProperty('delivery');
  });

  it('lets a user set their own fee for one platform and delivery, used by listings and sales', async () => {
    const put = await call('PUT', '/api/v1/fee-presets/facebook_marketplace/local', alice, {
      percentBasisPoints: 250,
      fixedCents: 10,
      minimumCents: 50,
    });
    expect(put.statusCode, put.body).toBe(200);
    const items: Preset[] = put.json().items;
    expect(presetOf(items, 'facebook_marketplace', 'local')).toMatchObject({
      percentBasisPoints: 250,
      custom: true,
    });
    expect(presetOf(items, 'facebook_marketplace', 'shipped')).toMatchObject({
      percentBasisPoints: 1000,
      custom: false,
    });
    const bobs: Preset[] = (await call('GET', '/api/v1/fee-presets', bob)).json().items;
    expect(presetOf(bobs, 'facebook_marketplace', 'local')?.custom).toBe(false);

    // 2.5% of $100 + $0.10 = $2.60; of $10: 25¢ + 10¢ = 35¢, below the 50¢ minimum.
    const l = await listing({ platform: 'facebook_marketplace', priceCents: 10_000 });
    expect(l.estimatedFeesCents).toBe(260);
    await call('POST', `/api/v1/listings/${l.id}/activate`, alice);
    const sale = await call('POST', '/api/v1/sales', alice, { listingId: l.id, soldAt: '2025-10-01' });
    expect(sale.json()).toMatchObject({
      platform: 'facebook_marketplace',
      delivery: 'local',
      feesCents: 260,
    });
    const cheap = await listing({ platform: 'facebook_marketplace', priceCents: 1_000 });
    expect(cheap.estimatedFeesCents).toBe(50);

    await call('DELETE', '/api/v1/fee-presets/facebook_marketplace/local', alice);
    expect((await call('GET', `/api/v1/listings/${cheap.id}`, alice)).json().estimatedFeesCents).toBe(0);
  });

  it('fills a sale’s fees from the preset of its platform and delivery', async () => {
    const sell = async (body: object) => {
      const p = await createPart(ctx.app, alice);
      const res = await call('POST', '/api/v1/sales', alice, { partId: p.id, soldAt: '2025-10-01', ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    expect(await sell({ platform: 'craigslist', priceCents: 30_000 })).toMatchObject({
      delivery: 'local',
      feesCents: 0,
    });
    expect(
      await sell({ platform: 'facebook_marketplace', priceCents: 30_000, delivery: 'shipped' }),
    ).toMatchObject({
      delivery: 'shipped',
      feesCents: 3_000,
    });
    expect(await sell({ platform: 'offerup', priceCents: 1_000, delivery: 'shipped' })).toMatchObject({
      feesCents: 199,
    });
    // A listing sold somewhere else than where it was listed: that platform's usual delivery.
    const onEbay = await listing({ platform: 'ebay', priceCents: 20_000 });
    const elsewhere = await call('POST', '/api/v1/sales', alice, {
      listingId: onEbay.id,
      platform: 'facebook_marketplace',
      soldAt: '2025-10-01',
    });
    expect(elsewhere.json()).toMatchObject({ delivery: 'local', feesCents: 0, priceCents: 20_000 });
  });
});
