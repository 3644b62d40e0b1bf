import { parseCsv } from '@partwise/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import { sale as saleTable } from '../../db/schema';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';

// Both users are in UTC: today is 2026-06-15.
const clock = fixedClock('2026-06-15T18:00:00Z');

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers({}, { clock }));
});
afterAll(() => ctx.close());

const get = async (url: string, h = alice) => (await call('GET', url, h)).json();
const pnl = (from: string, to: string) => get(`/api/v1/pnl?from=${from}&to=${to}`);

async function listed(partId: number, platform: string, priceCents: number) {
  const l = (
    await call('POST', '/api/v1/listings', alice, { partId, platform, title: 'For sale', priceCents })
  ).json();
  expect((await call('POST', `/api/v1/listings/${l.id}/activate`, alice)).statusCode).toBe(200);
  return l;
}

async function sold(body: object) {
  const res = await call('POST', '/api/v1/sales', alice, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('correcting a sale', () => {
  it('corrects the date, price and fees: the P&L of both months and the ledger follow; cost of goods stays', async () => {
    const p = await createPart(ctx.app, alice, { costCents: 40_000, acquiredAt: '2026-01-10' });
    const sale = await sold({
      partId: p.id,
      soldAt: '2026-05-20',
      priceCents: 82_000,
      feesCents: 0,
      platform: 'local',
    });
    expect((await pnl('2026-05-01', '2026-05-31')).revenueCents).toBe(82_000);

    const res = await call('PATCH', `/api/v1/sales/${sale.id}`, alice, {
      soldAt: '2026-06-02',
      priceCents: 80_000,
      feesCents: 1_500,
      buyerNote: 'Paid cash',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      soldAt: '2026-06-02',
      priceCents: 80_000,
      feesCents: 1_500,
      cogsCents: 40_000,
      profitCents: 80_000 - 1_500 - 40_000,
      buyerNote: 'Paid cash',
    });
    expect(await pnl('2026-05-01', '2026-05-31')).toMatchObject({ salesCount: 0, revenueCents: 0 });
    expect(await pnl('2026-06-01', '2026-06-30')).toMatchObject({
      salesCount: 1,
      revenueCents: 80_000,
      feesCents: 1_500,
      cogsCents: 40_000,
      netProfitCents: 38_500,
    });
    const june = await get('/api/v1/sales?from=2026-06-01&to=2026-06-30');
    expect(june.items.map((s: { id: number }) => s.id)).toContain(sale.id);

    const history = (await get(`/api/v1/sales/${sale.id}/history`)).items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['create', 'update']);
    expect(history[1].changes).toMatchObject({
      soldAt: { from: '2026-05-20', to: '2026-06-02' },
      priceCents: { from: 82_000, to: 80_000 },
      feesCents: { from: 0, to: 1_500 },
      buyerNote: { from: null, to: 'Paid cash' },
    });

    const cogs = await call('PATCH', `/api/v1/sales/${sale.id}`, alice, { cogsCents: 1 });
    expect(cogs.statusCode).toBe(400);
    expect(cogs.json().error.fields.cogsCents).toMatch(/fixed at the moment of sale/);
  });

  it('refuses a date before the part (or any build part) was acquired, or more than a day ahead', async () => {
    const p = await createPart(ctx.app, alice, { name: 'Ryzen 5 5600', acquiredAt: '2026-03-01' });
    const early = await call('POST', '/api/v1/sales', alice, {
      partId: p.id,
      soldAt: '2026-02-28',
      priceCents: 9_000,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toBe(
      'The sale date 2026-02-28 is before “Ryzen 5 5600” was acquired (2026-03-01)',
    );
    expect(early.json().error.fields.soldAt).toMatch(/on or after 2026-03-01/);

    const ahead = await call('POST', '/api/v1/sales', alice, {
      partId: p.id,
      soldAt: '2026-06-17',
      priceCents: 9_000,
    });
    expect(ahead.statusCode).toBe(400);
    expect(ahead.json().error.fields.soldAt).toBe('must be on or before 2026-06-16');
    expect((await get(`/api/v1/parts/${p.id}`)).status).toBe('in_stock');

    // Tomorrow is fine (a buyer in another time zone); so is the day it was acquired.
    const sale = await sold({ partId: p.id, soldAt: '2026-06-16', priceCents: 9_000 });
    const typo = await call('PATCH', `/api/v1/sales/${sale.id}`, alice, { soldAt: '2020-06-16' });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().error.fields.soldAt).toMatch(/Ryzen 5 5600/);
    expect(
      (await call('PATCH', `/api/v1/sales/${sale.id}`, alice, { soldAt: '2026-03-01' })).statusCode,
    ).toBe(200);

    const b = (await call('POST', '/api/v1/builds', alice, { name: 'Budget PC' })).json();
    const old = await createPart(ctx.app, alice, { acquiredAt: '2026-01-01' });
    const newer = await createPart(ctx.app, alice, {
      name: 'B550 board',
      category: 'motherboard',
      acquiredAt: '2026-04-10',
    });
    for (const part of [old, newer])
      await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: part.id });
    const build = await call('POST', '/api/v1/sales', alice, {
      buildId: b.id,
      soldAt: '2026-04-01',
      priceCents: 50_000,
      overrideReason: 'Sold as parts',
    });
    expect(build.statusCode).toBe(400);
    expect(build.json().error.fields.soldAt).toMatch(/B550 board/);
  });
});

describe('voiding a sale', () => {
  it('takes it out of every figure; the part and both listings go back to how they were', async () => {
    const p = await createPart(ctx.app, alice, { costCents: 20_000, acquiredAt: '2026-02-01' });
    const ebay = await listed(p.id, 'ebay', 30_000);
    const fb = await listed(p.id, 'facebook_marketplace', 29_000);
    const before = await pnl('2026-06-01', '2026-06-30');
    const sale = await sold({ listingId: ebay.id, soldAt: '2026-06-10' });
    expect((await get(`/api/v1/listings/${fb.id}`)).status).toBe('ended');
    // A partial refund that should not have happened either: it leaves the figures with the sale.
    await call('POST', `/api/v1/sales/${sale.id}/refund`, alice, { amountCents: 1_000, restock: false });

    const res = await call('POST', `/api/v1/sales/${sale.id}/void`, alice, { reason: 'Entered twice' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ voidReason: 'Entered twice', voidedAt: '2026-06-15T18:00:00.000Z' });

    expect(await pnl('2026-06-01', '2026-06-30')).toEqual(before);
    const ledger = await get('/api/v1/sales?from=2026-06-01&to=2026-06-30');
    expect(ledger.items.map((s: { id: number }) => s.id)).not.toContain(sale.id);
    const voided = await get('/api/v1/sales?voided=true');
    expect(voided.items.map((s: { id: number }) => s.id)).toEqual([sale.id]);

    expect((await get(`/api/v1/parts/${p.id}`)).status).toBe('listed');
    expect((await get(`/api/v1/listings/${ebay.id}`)).status).toBe('active');
    expect((await get(`/api/v1/listings/${fb.id}`)).status).toBe('active');
    // Ending both listings puts the part back in stock, as they remembered.
    await call('POST', `/api/v1/listings/${ebay.id}/end`, alice);
    await call('POST', `/api/v1/listings/${fb.id}/end`, alice);
    expect((await get(`/api/v1/parts/${p.id}`)).status).toBe('in_stock');

    const again = await call('POST', `/api/v1/sales/${sale.id}/void`, alice, { reason: 'again' });
    expect(again.statusCode).toBe(409);
    const refund = await call('POST', `/api/v1/sales/${sale.id}/refund`, alice, {
      amountCents: 1,
      restock: false,
    });
    expect(refund.statusCode).toBe(422);
    expect((await call('PATCH', `/api/v1/sales/${sale.id}`, alice, { priceCents: 1 })).statusCode).toBe(422);
    expect((await call('POST', `/api/v1/sales/${sale.id}/void`, alice, { reason: ' ' })).statusCode).toBe(
      400,
    );

    const history = (await get(`/api/v1/sales/${sale.id}/history`)).items;
    expect(history.at(-1)).toMatchObject({
      action: 'void',
      changes: { voidReason: { from: null, to: 'Entered twice' } },
    });
    // The part is free to be sold again.
    expect(
      (await call('POST', '/api/v1/sales', alice, { partId: p.id, priceCents: 25_000 })).statusCode,
    ).toBe(201);
  });

  it("puts a build back as it was with its parts, and out of its lot's returns", async () => {
    const lot = (
      await call('POST', '/api/v1/lots', alice, {
        name: 'Used gaming PC',
        totalCostCents: 45_000,
        acquiredAt: '2026-05-01',
        parts: [
          { name: 'i5-12400F', category: 'cpu' },
          { name: 'B660 board', category: 'motherboard' },
        ],
      })
    ).json();
    const ids = lot.parts.map((x: { id: number }) => x.id);
    const b = (await call('POST', '/api/v1/builds', alice, { name: 'Flip #7' })).json();
    for (const partId of ids) await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId });
    const statusBefore = (await get(`/api/v1/builds/${b.id}`)).status;
    const sale = await sold({
      buildId: b.id,
      priceCents: 70_000,
      platform: 'local',
      overrideReason: 'Sold as parts',
    });
    expect((await get(`/api/v1/lots/${lot.id}`)).returns.broughtBackCents).toBe(70_000);
    // The sold build and its parts show the sale, with its actual profit.
    const soldSummary = {
      saleId: sale.id,
      soldAt: '2026-06-15',
      platform: 'local',
      priceCents: 70_000,
      profitCents: sale.profitCents,
    };
    expect((await get(`/api/v1/builds/${b.id}`)).sale).toMatchObject(soldSummary);
    const listed = (await get('/api/v1/builds?status=sold')).items.find((x: { id: number }) => x.id === b.id);
    expect(listed.sale).toMatchObject(soldSummary);
    expect((await get(`/api/v1/sales?partId=${ids[1]}`)).items.map((s: { id: number }) => s.id)).toEqual([
      sale.id,
    ]);
    expect((await get(`/api/v1/sales?buildId=${b.id}`)).total).toBe(1);

    expect(
      (await call('POST', `/api/v1/sales/${sale.id}/void`, alice, { reason: 'Buyer never came' })).statusCode,
    ).toBe(200);
    expect((await get(`/api/v1/builds/${b.id}`)).status).toBe(statusBefore);
    for (const id of ids) expect((await get(`/api/v1/parts/${id}`)).status).toBe('in_build');
    expect((await get(`/api/v1/builds/${b.id}`)).sale).toBeNull();
    expect((await get(`/api/v1/sales?partId=${ids[1]}`)).total).toBe(0);
    const returns = (await get(`/api/v1/lots/${lot.id}`)).returns;
    expect(returns).toMatchObject({ broughtBackCents: 0, soldPartCount: 0, sales: [] });
  });

  it('leaves goods a restocking refund already brought back where they are, and drops the refund from the P&L', async () => {
    const p = await createPart(ctx.app, alice, { costCents: 10_000, acquiredAt: '2026-02-01' });
    const sale = await sold({
      partId: p.id,
      priceCents: 15_000,
      feesCents: 0,
      platform: 'local',
      soldAt: '2026-04-03',
    });
    await call('POST', `/api/v1/sales/${sale.id}/refund`, alice, {
      amountCents: 15_000,
      restock: true,
      refundedAt: '2026-04-04',
    });
    await call('PATCH', `/api/v1/parts/${p.id}`, alice, { status: 'testing' });
    expect(
      (await call('POST', `/api/v1/sales/${sale.id}/void`, alice, { reason: 'Test entry' })).statusCode,
    ).toBe(200);
    expect((await get(`/api/v1/parts/${p.id}`)).status).toBe('testing');
    expect(await pnl('2026-04-01', '2026-04-30')).toMatchObject({
      salesCount: 0,
      refundsCents: 0,
      cogsReturnedCents: 0,
      netProfitCents: 0,
    });
  });

  it('voids a sale recorded before voids existed: the part back in stock, its sold listing ended', async () => {
    const p = await createPart(ctx.app, alice, { acquiredAt: '2026-02-01' });
    const ebay = await listed(p.id, 'ebay', 30_000);
    const sale = await sold({ listingId: ebay.id });
    // Such sales kept no snapshot of what they changed.
    await ctx.database.db.update(saleTable).set({ before: null }).where(eq(saleTable.id, sale.id));
    expect(
      (await call('POST', `/api/v1/sales/${sale.id}/void`, alice, { reason: 'Old typo' })).statusCode,
    ).toBe(200);
    expect((await get(`/api/v1/parts/${p.id}`)).status).toBe('in_stock');
    expect((await get(`/api/v1/listings/${ebay.id}`)).status).toBe('ended');
  });

  it("answers 404 for another user's sale", async () => {
    const p = await createPart(ctx.app, alice, { acquiredAt: '2026-02-01' });
    const sale = await sold({ partId: p.id, priceCents: 100 });
    expect((await call('POST', `/api/v1/sales/${sale.id}/void`, bob, { reason: 'x' })).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/sales/${sale.id}/history`, bob)).statusCode).toBe(404);
    expect((await get(`/api/v1/parts/${p.id}`)).status).toBe('sold');
  });
});

describe('the sales CSV', () => {
  it("has every column, follows the ledger's filters, leaves voided sales out and guards formulas", async () => {
    const p = await createPart(ctx.app, alice, {
      name: '=HYPERLINK("x") GPU',
      costCents: 5_000,
      acquiredAt: '2026-01-05',
    });
    const sale = await sold({
      partId: p.id,
      priceCents: 12_345,
      feesCents: 100,
      shippingCents: 900,
      platform: 'ebay',
      soldAt: '2026-01-20',
      buyerNote: 'Shipped, "fast"',
    });
    const res = await call('GET', '/api/v1/sales/export.csv?from=2026-01-01&to=2026-01-31', alice);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="sales-2026-06-15.csv"');
    const rows = parseCsv(res.body.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([
      'Sale ID',
      'Date',
      'Item',
      'Platform',
      'Delivery',
      'Price',
      'Fees',
      'Shipping',
      'Cost of goods',
      'Refunded',
      'Cost of goods returned',
      'Profit',
      'Restocked',
      'Buyer note',
      'Listing ID',
      'Part ID',
      'Build ID',
      'Voided at',
      'Void reason',
      'Recorded at',
      'Last changed at',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(0, 17)).toEqual([
      String(sale.id),
      '2026-01-20',
      `'=HYPERLINK("x") GPU`,
      'eBay',
      'Shipped',
      '123.45',
      '1.00',
      '9.00',
      '50.00',
      '0.00',
      '0.00',
      '63.45',
      'no',
      'Shipped, "fast"',
      '',
      String(p.id),
      '',
    ]);

    await call('POST', `/api/v1/sales/${sale.id}/void`, alice, { reason: 'Wrong item' });
    const after = parseCsv(
      (await call('GET', '/api/v1/sales/export.csv?from=2026-01-01&to=2026-01-31', alice)).body,
    );
    expect(after).toHaveLength(1);
    const voided = parseCsv((await call('GET', '/api/v1/sales/export.csv?voided=true', alice)).body);
    expect(voided.slice(1).map((r) => r[18])).toContain('Wrong item');
    const bobs = parseCsv((await call('GET', '/api/v1/sales/export.csv', bob)).body);
    expect(bobs).toHaveLength(1);
  });
});
