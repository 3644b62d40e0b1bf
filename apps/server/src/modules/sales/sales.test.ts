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

const get = async (url: string, h = alice) => (await call('GET', url, h)).json();

async function listed(partId: number, platform = 'ebay', priceCents = 30000) {
  const l = (
    await call('POST', '/api/v1/listings', alice, { partId, platform, title: 'For sale', priceCents })
  ).json();
  expect((await call('POST', `/api/v1/listings/${l.id}/activate`, alice)).statusCode).toBe(200);
  return l;
}
async function sell(body: object, h = alice) {
  return call('POST', '/api/v1/sales', h, body);
}

async function buildWithParts(costs: number[]) {
  const b = (await call('POST', '/api/v1/builds', alice, { name: 'Office PC' })).json();
  const parts = [];
  for (const costCents of costs) {
    const p = await createPart(ctx.app, alice, { costCents });
    await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: p.id });
    parts.push(p);
  }
  await call('POST', `/api/v1/builds/${b.id}/planned`, alice, {
    category: 'psu',
    name: 'PSU',
    expectedCostCents: 5000,
  });
  // A bundle of parts, not a working PC: sold as such, which the override says.
  await call('PATCH', `/api/v1/builds/${b.id}`, alice, { overrideReason: 'Sold as a bundle of parts' });
  return { build: b, parts };
}

describe('sales', () => {
  it('fixes the cost of goods, sells the part, and ends the other listings', async () => {
    const p = await createPart(ctx.app, alice, { costCents: 25000 });
    const ebay = await listed(p.id, 'ebay', 32000);
    const fb = await listed(p.id, 'facebook_marketplace', 31000);
    const draft = (
      await call('POST', '/api/v1/listings', alice, {
        partId: p.id,
        platform: 'offerup',
        title: 'x',
        priceCents: 1,
      })
    ).json();
    const res = await sell({
      listingId: ebay.id,
      shippingCents: 1200,
      soldAt: '2025-06-10',
      buyerNote: 'fast payer',
    });
    expect(res.statusCode).toBe(201);
    const sale = res.json();
    // eBay default: 13.6% of 32000 = 4352 + 40
    expect(sale).toMatchObject({
      listingId: ebay.id,
      partId: p.id,
      platform: 'ebay',
      priceCents: 32000,
      feesCents: 4392,
      shippingCents: 1200,
      cogsCents: 25000,
      profitCents: 32000 - 4392 - 1200 - 25000,
      items: [{ partId: p.id, costCents: 25000, restocked: false }],
    });
    expect((await get(`/api/v1/parts/${p.id}`)).status).toBe('sold');
    expect((await get(`/api/v1/listings/${ebay.id}`)).status).toBe('sold');
    expect((await get(`/api/v1/listings/${fb.id}`)).status).toBe('ended');
    expect((await get(`/api/v1/listings/${draft.id}`)).status).toBe('ended');
    // A later change of the part's cost does not move the fixed cost of goods.
    await call('PATCH', `/api/v1/parts/${p.id}`, alice, { costCents: 1 });
    expect((await get(`/api/v1/sales/${sale.id}`)).cogsCents).toBe(25000);
    expect((await call('DELETE', `/api/v1/parts/${p.id}`, alice)).statusCode).toBe(409);
    // Fees are the user's to correct.
    const fixed = await call('PATCH', `/api/v1/sales/${sale.id}`, alice, { feesCents: 4000 });
    expect(fixed.json().profitCents).toBe(32000 - 4000 - 1200 - 25000);
  });

  it('sells a build: the cost of goods is its owned parts, and the build and parts become sold', async () => {
    const { build, parts } = await buildWithParts([9000, 7000]);
    const res = await sell({ buildId: build.id, priceCents: 40000, feesCents: 0 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      buildId: build.id,
      platform: 'local',
      cogsCents: 16000,
      profitCents: 24000,
    });
    expect(res.json().items).toHaveLength(2);
    expect((await get(`/api/v1/builds/${build.id}`)).status).toBe('sold');
    for (const p of parts) expect((await get(`/api/v1/parts/${p.id}`)).status).toBe('sold');
    expect((await sell({ buildId: build.id, priceCents: 1 })).statusCode).toBe(409);
    expect((await sell({ partId: parts[0]?.id, priceCents: 1 })).statusCode).toBe(409);
  });

  it('answers 409 to a second sale, and to a part that is in a build', async () => {
    const p = await createPart(ctx.app, alice);
    expect((await sell({ partId: p.id, priceCents: 100 })).statusCode).toBe(201);
    const again = await sell({ partId: p.id, priceCents: 100 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
    const { parts } = await buildWithParts([100]);
    expect((await sell({ partId: parts[0]?.id, priceCents: 1 })).statusCode).toBe(409);
    expect((await sell({ partId: p.id })).statusCode).toBe(409);
    const fresh = await createPart(ctx.app, alice);
    const noPrice = await sell({ partId: fresh.id });
    expect(noPrice.statusCode).toBe(400);
    expect(noPrice.json().error.fields).toHaveProperty('priceCents');
  });

  it('refunds in part, refuses more than was paid, and restocks at the original cost', async () => {
    const p = await createPart(ctx.app, alice, { costCents: 10000 });
    const sale = (
      await sell({ partId: p.id, priceCents: 20000, feesCents: 1000, platform: 'offerup' })
    ).json();
    const partial = await call('POST', `/api/v1/sales/${sale.id}/refund`, alice, {
      amountCents: 2500,
      restock: false,
    });
    expect(partial.json()).toMatchObject({
      refundedCents: 2500,
      restocked: false,
      profitCents: 20000 - 1000 - 10000 - 2500,
    });
    const over = await call('POST', `/api/v1/sales/${sale.id}/refund`, alice, {
      amountCents: 17501,
      restock: true,
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.fields).toHaveProperty('amountCents');
    await call('PATCH', `/api/v1/parts/${p.id}`, alice, { costCents: 1 });
    const back = await call('POST', `/api/v1/sales/${sale.id}/refund`, alice, {
      amountCents: 17500,
      restock: true,
    });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({
      refundedCents: 20000,
      restocked: true,
      cogsReturnedCents: 10000,
      profitCents: -1000,
      refunds: [
        { amountCents: 2500, restock: false },
        { amountCents: 17500, restock: true, cogsReturnedCents: 10000 },
      ],
    });
    expect(await get(`/api/v1/parts/${p.id}`)).toMatchObject({ status: 'in_stock', costCents: 10000 });
    const twice = await call('POST', `/api/v1/sales/${sale.id}/refund`, alice, {
      amountCents: 0,
      restock: true,
    });
    expect(twice.statusCode).toBe(409);
    // Back in stock, it can be sold again.
    expect((await sell({ partId: p.id, priceCents: 15000 })).statusCode).toBe(201);
  });

  it('restocks a build as a ready build with its parts in it', async () => {
    const { build, parts } = await buildWithParts([3000, 4000]);
    const sale = (await sell({ buildId: build.id, priceCents: 12000 })).json();
    const res = await call('POST', `/api/v1/sales/${sale.id}/refund`, alice, {
      amountCents: 12000,
      restock: true,
    });
    expect(res.statusCode).toBe(200);
    expect((await get(`/api/v1/builds/${build.id}`)).status).toBe('ready');
    for (const p of parts) expect((await get(`/api/v1/parts/${p.id}`)).status).toBe('in_build');
    expect((await sell({ buildId: build.id, priceCents: 11000 })).statusCode).toBe(201);
  });

  it("answers 404 for another user's sales and things on every route", async () => {
    const p = await createPart(ctx.app, alice);
    const listing = await listed(p.id);
    expect((await sell({ partId: p.id, priceCents: 1 }, bob)).statusCode).toBe(404);
    expect((await sell({ listingId: listing.id }, bob)).statusCode).toBe(404);
    const { build } = await buildWithParts([10]);
    expect((await sell({ buildId: build.id, priceCents: 1 }, bob)).statusCode).toBe(404);
    const sale = (await sell({ listingId: listing.id })).json();
    const url = `/api/v1/sales/${sale.id}`;
    expect((await call('GET', url, bob)).statusCode).toBe(404);
    expect((await call('PATCH', url, bob, { feesCents: 0 })).statusCode).toBe(404);
    expect((await call('POST', `${url}/refund`, bob, { amountCents: 1, restock: true })).statusCode).toBe(
      404,
    );
    expect((await get('/api/v1/sales', bob)).total).toBe(0);
    expect((await get(url)).restocked).toBe(false);
  });
});
