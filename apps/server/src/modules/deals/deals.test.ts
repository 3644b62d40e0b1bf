import { allocateCents, type DealCheck, type DealSince, type Part } from '@partwise/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import { catalogPart, dealCheck } from '../../db/schema';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { seedCatalog } from '../../test/catalog';
import { createPart } from '../../test/parts';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;
let aliceId: string;
/** An RTX 3070 Ti (EVGA FTW3), a Ryzen 5 5600X (AM4) and a Ryzen 7 7700X (AM5). */
const GPU = 'video-card-00212';
const CPU = 'cpu-00009';
const AM5_CPU = 'cpu-00005';

beforeAll(async () => {
  let users: { alice: { id: string } };
  ({ ctx, alice, bob, call, users } = await appWithTwoUsers(
    {},
    { clock: fixedClock('2026-06-30T18:00:00Z') },
  ));
  aliceId = users.alice.id;
  await seedCatalog(ctx.database.db, [GPU, CPU, AM5_CPU]);
  // Search shows one row per variant group, as the import marks them.
  await ctx.database.db.update(catalogPart).set({ variantOf: sql`${catalogPart.id}` });
  // Alice sold three RTX 3070 Ti cards of another brand this spring.
  for (const [soldAt, priceCents] of [
    ['2026-06-20', 40000],
    ['2026-05-20', 41000],
    ['2026-04-20', 42000],
  ] as const) {
    const card = await createPart(ctx.app, alice, {
      name: 'MSI RTX 3070 Ti Suprim',
      category: 'gpu',
      specs: { chipset: 'GeForce RTX 3070 Ti' },
    });
    await call('POST', '/api/v1/sales', alice, { partId: card.id, priceCents, soldAt, platform: 'ebay' });
  }
});
afterAll(() => ctx.close());

const check = async (payload: object, who = alice) => {
  const res = await call('POST', '/api/v1/deals/check', who, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as DealCheck;
};

describe('deal check', () => {
  let deal: DealCheck;

  it('reads a listing, matches its parts to the catalog, values them and judges the price', async () => {
    deal = await check({
      text: 'Gaming PC Ryzen 5 5600x, RTX 3070ti, 16gb ddr4 3200 - $450 obo, works great, comes with wifi dongle',
      platform: 'ebay',
    });
    expect(deal.items.map((i) => [i.category, i.name, i.catalogPartId, i.matchConfidence, i.origin])).toEqual(
      [
        ['cpu', 'Ryzen 5 5600X', CPU, 'high', 'parser'],
        ['gpu', 'RTX 3070 Ti', GPU, 'high', 'parser'],
        ['memory', '16 GB DDR4-3200', null, 'low', 'parser'],
      ],
    );
    // No model on this server: the parser's reading, and the check says so.
    expect(deal.assistant).toEqual({
      used: false,
      reason: 'not_configured',
      message: 'The assistant is not configured on this server.',
    });
    const [cpu, gpu] = deal.items;
    expect(gpu).toMatchObject({ valueCents: 41000, basis: 'comps_same_model', valueConfidence: 'high' });
    expect(cpu).toMatchObject({ basis: 'reference', valueConfidence: 'low' });
    expect(deal).toMatchObject({
      askingPriceCents: 45000,
      priceTerms: 'obo',
      wholeMachine: true,
      wholePcFactor: 1,
    });
    expect(deal.unmatched).toEqual(['dongle']);
    expect(deal.partOutCents).toBe(deal.items.reduce((s, i) => s + i.valueCents, 0));
    expect(deal.saleCents).toBe(deal.wholeCents);
    expect(deal.shippingCents).toBe(6000);
    expect(deal.feesCents).toBeGreaterThan(0);
    const net = deal.saleCents - deal.feesCents - deal.shippingCents;
    expect(deal.expectedProfitCents).toBe(net - 45000);
    expect(deal.maxPriceCents).toBe(net - Math.ceil(deal.saleCents * 0.25));
    expect(deal.verdict).toBe(deal.maxPriceCents >= 45000 ? 'buy' : net > 45000 ? 'negotiate' : 'pass');
    expect(deal.compatibility?.status).toBe('ok');
  });

  it('says pass when the asking price is a loss, buy when it leaves the margin', async () => {
    expect((await check({ text: 'rtx 3070 ti $900 firm', platform: 'ebay' })).verdict).toBe('pass');
    const cheap = await check({ text: 'rtx 3070 ti $100', platform: 'facebook_marketplace' });
    expect(cheap).toMatchObject({ verdict: 'buy', delivery: 'local', shippingCents: 0, wholeMachine: false });
    expect(cheap.saleCents).toBe(41000);
  });

  it('flags a machine whose parts cannot work together', async () => {
    const bad = await check({ text: 'ryzen 7 7700x + b550m + rtx 3070 ti + 32gb ddr4 3600, $700' });
    expect(bad.compatibility?.status).toBe('errors');
    expect(bad.compatibility?.findings.length).toBeGreaterThan(0);
  });

  it('takes parts picked by hand and an asking price given apart', async () => {
    const picked = await check({ catalogPartIds: [GPU], askingPriceCents: 20000, targetMarginPercent: 40 });
    expect(picked.items).toMatchObject([
      { catalogPartId: GPU, matchConfidence: 'high', source: '', origin: 'picked' },
    ]);
    expect(picked.assistant).toMatchObject({ used: false, reason: 'not_configured' });
    expect(picked).toMatchObject({ askingPriceCents: 20000, targetMarginPercent: 40 });
    const empty = await call('POST', '/api/v1/deals/check', alice, { text: '  ' });
    expect(empty.json().error.fields).toHaveProperty('text');
  });

  it("uses the user's target margin, 25 % until they set one", async () => {
    expect((await call('GET', '/api/v1/deals/preferences', alice)).json()).toEqual({
      targetMarginPercent: 25,
    });
    const set = await call('PATCH', '/api/v1/deals/preferences', alice, { targetMarginPercent: 35 });
    expect(set.json()).toEqual({ targetMarginPercent: 35 });
    expect(
      (await check({ text: 'rtx 3070 ti $100', platform: 'facebook_marketplace' })).targetMarginPercent,
    ).toBe(35);
    expect((await call('GET', '/api/v1/deals/preferences', bob)).json()).toEqual({ targetMarginPercent: 25 });
    const bad = await call('PATCH', '/api/v1/deals/preferences', alice, { targetMarginPercent: 95 });
    expect(bad.json().error.fields).toHaveProperty('targetMarginPercent');
    await call('PATCH', '/api/v1/deals/preferences', alice, { targetMarginPercent: 25 });
  });

  it('keeps every check in the history, newest first, for its owner only', async () => {
    const list = (await call('GET', '/api/v1/deals', alice)).json();
    expect(list.total).toBe(6);
    expect(list.items[5].id).toBe(deal.id);
    expect((await call('GET', `/api/v1/deals/${deal.id}`, alice)).json()).toEqual(deal);
    expect((await call('GET', '/api/v1/deals', bob)).json().total).toBe(0);
    expect((await call('GET', `/api/v1/deals/${deal.id}`, bob)).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/deals/${deal.id}/buy`, bob, {})).statusCode).toBe(404);
  });

  it('buys a deal as one lot, its price split across the parts by their estimated values, once', async () => {
    const res = await call('POST', `/api/v1/deals/${deal.id}/buy`, alice, { source: 'facebook_marketplace' });
    expect(res.statusCode, res.body).toBe(201);
    const { deal: bought, lot } = res.json();
    expect(bought.lotId).toBe(lot.id);
    expect(lot).toMatchObject({
      totalCostCents: 45000,
      acquiredAt: '2026-06-30',
      source: 'facebook_marketplace',
    });
    const expected = allocateCents(
      45000,
      deal.items.map((i) => Math.max(1, i.valueCents)),
    );
    const parts = (await call('GET', `/api/v1/lots/${lot.id}`, alice)).json().parts as Part[];
    expect(parts.map((p) => [p.category, p.catalogPartId, p.costCents])).toEqual([
      ['cpu', CPU, expected[0]],
      ['gpu', GPU, expected[1]],
      ['memory', null, expected[2]],
    ]);
    expect(parts[2]?.specs).toMatchObject({ memoryType: 'DDR4', totalGb: 16, speedMts: 3200 });
    const again = await call('POST', `/api/v1/deals/${deal.id}/buy`, alice, {});
    expect(again.statusCode).toBe(409);
  });
  it('compares a deal passed on with the prices your own sales got since', async () => {
    const passed = await check({ text: 'rtx 3070 ti $300', platform: 'ebay' });
    const since = async (id = passed.id, who = alice) => {
      const res = await call('GET', `/api/v1/deals/${id}/since`, who);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as DealSince;
    };
    const before = await since();
    expect(before).toMatchObject({
      checkedOn: '2026-06-30',
      items: [{ name: 'RTX 3070 Ti', valueThenCents: 41000, soldSinceCount: 0, soldSinceCents: null }],
      partOutSinceCents: 41000,
      profitSinceCents: passed.expectedProfitCents,
      profitThenCents: passed.expectedProfitCents,
      lot: null,
    });

    // The same day, Alice sells a 3070 Ti of her own for $500: the deal would have made more than it said.
    const card = await createPart(ctx.app, alice, {
      name: 'ASUS TUF RTX 3070 Ti',
      category: 'gpu',
      specs: { chipset: 'GeForce RTX 3070 Ti' },
    });
    await call('POST', '/api/v1/sales', alice, {
      partId: card.id,
      priceCents: 50000,
      soldAt: '2026-06-30',
      platform: 'ebay',
    });
    const after = await since();
    expect(after.items[0]).toMatchObject({ soldSinceCount: 1, soldSinceCents: 50000 });
    const fees = Math.round((50000 * passed.feesCents) / passed.saleCents);
    expect(after.profitSinceCents).toBe(50000 - fees - passed.shippingCents - 30000);
    expect((await call('GET', `/api/v1/deals/${passed.id}/since`, bob)).statusCode).toBe(404);
  });

  it("compares a deal bought with what its lot's parts have brought back", async () => {
    const res = await call('GET', `/api/v1/deals/${deal.id}/since`, alice);
    const bought = (await call('GET', `/api/v1/deals/${deal.id}`, alice)).json() as DealCheck;
    expect(res.json().lot).toEqual({
      id: bought.lotId,
      paidCents: 45000,
      broughtBackCents: 0,
      profitSoFarCents: 0,
      soldPartCount: 0,
      unsoldPartCount: 3,
    });
    const [gpu] = (await call('GET', `/api/v1/parts?lotId=${bought.lotId}&category=gpu`, alice)).json()
      .items as Part[];
    await call('POST', '/api/v1/sales', alice, {
      partId: gpu?.id,
      priceCents: 30000,
      soldAt: '2026-06-30',
      platform: 'local',
    });
    const lot = (await call('GET', `/api/v1/deals/${deal.id}/since`, alice)).json().lot;
    expect(lot).toMatchObject({ broughtBackCents: 30000, soldPartCount: 1, unsoldPartCount: 2 });
    expect(lot.profitSoFarCents).toBe(30000 - (gpu?.costCents ?? 0));
  });

  it('reads a check kept before the assistant could read listings: its parts came from the parser or you', async () => {
    const {
      id: _,
      createdAt,
      text,
      platform,
      askingPriceCents,
      lotId: __,
      assistant: ___,
      ...figures
    } = deal;
    const [first] = figures.items;
    if (!first) throw new Error('the first check read no parts');
    const [row] = await ctx.database.db
      .insert(dealCheck)
      .values({
        ownerId: aliceId,
        text,
        platform,
        askingPriceCents,
        result: {
          ...figures,
          // The last one as if picked by hand: no words of the listing.
          items: [...figures.items, { ...first, source: '' }].map(({ origin: ____, ...item }) => item),
        },
        createdAt: new Date(createdAt),
      })
      .returning();
    const kept = (await call('GET', `/api/v1/deals/${row?.id}`, alice)).json() as DealCheck;
    expect(kept.items.map((i) => i.origin)).toEqual(['parser', 'parser', 'parser', 'picked']);
    expect(kept.assistant).toBeNull();
  });
});
