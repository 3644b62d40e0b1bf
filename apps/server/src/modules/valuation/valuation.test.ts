import { DEPRECIATION, type PartCreate } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { seedCatalog } from '../../test/catalog';
import { createPart } from '../../test/parts';
import type { CatalogRow } from '../catalog/catalog-mapping';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;
/** "EVGA FTW3 ULTRA GAMING", an RTX 3070 Ti, and a Ryzen 5 5600X. */
let GPU: CatalogRow;
let CPU: CatalogRow;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers({}, { clock: fixedClock('2026-06-30T18:00:00Z') }));
  const seeded = await seedCatalog(ctx.database.db, ['video-card-00212', 'cpu-00009']);
  [GPU, CPU] = [seeded['video-card-00212'], seeded['cpu-00009']] as [CatalogRow, CatalogRow];
});
afterAll(() => ctx.close());

/** A part of another brand but the same chip, sold on a day for a price. */
async function soldCard(soldAt: string, priceCents: number, extra: Partial<PartCreate> = {}) {
  const card = await createPart(ctx.app, alice, {
    name: 'MSI RTX 3070 Ti Gaming X Trio',
    category: 'gpu',
    specs: { chipset: 'GeForce RTX 3070 Ti' },
    costCents: 20000,
    acquiredAt: '2025-01-01',
    ...extra,
  });
  const sold = await call('POST', '/api/v1/sales', alice, {
    partId: card.id,
    priceCents,
    soldAt,
    platform: 'ebay',
  });
  expect(sold.statusCode).toBe(201);
  return card;
}

/** Name and category come from the catalog part. */
const fromCatalog = { name: undefined, category: undefined };
const valuation = async (id: number, who = alice) => call('GET', `/api/v1/parts/${id}/valuation`, who);

describe('part valuation', () => {
  let subjectId: number;

  it('falls back to the catalog price new, depreciated, with low confidence, when there are no sales', async () => {
    const cpu = await createPart(ctx.app, alice, { ...fromCatalog, catalogPartId: CPU.id, costCents: 8000 });
    const v = (await valuation(cpu.id)).json();
    const priceNew = CPU.priceCents ?? 0;
    expect(priceNew).toBeGreaterThan(0);
    const row = DEPRECIATION.cpu;
    expect(v).toMatchObject({ basis: 'reference', confidence: 'low', comps: [] });
    expect(v.valueCents).toBe(Math.round(priceNew * Math.max(row.floor, row.start - row.perMonth * 11)));
  });

  it("values a part from the user's sales of the same chip, any brand, recent ones weighing more", async () => {
    await soldCard('2026-06-20', 38000);
    await soldCard('2026-06-01', 39000);
    await soldCard('2025-08-15', 52000);
    await soldCard('2025-01-10', 90000); // more than 12 months ago: not a comp
    const subject = await createPart(ctx.app, alice, {
      ...fromCatalog,
      catalogPartId: GPU.id,
      costCents: 25000,
    });
    subjectId = subject.id;
    const v = (await valuation(subject.id)).json();
    expect(v).toMatchObject({ valueCents: 38000, basis: 'comps_same_model', confidence: 'high' });
    expect(v.comps.map((c: { soldAt: string; priceCents: number }) => [c.soldAt, c.priceCents])).toEqual([
      ['2026-06-20', 38000],
      ['2026-06-01', 39000],
      ['2025-08-15', 52000],
    ]);
    expect(v.lowCents).toBeLessThanOrEqual(v.valueCents);
    expect(v.highCents).toBeGreaterThanOrEqual(v.valueCents);
  });

  it('adjusts the comps to the condition and grade of the part', async () => {
    const worn = await createPart(ctx.app, alice, { ...fromCatalog, catalogPartId: GPU.id, grade: 1 });
    const v = (await valuation(worn.id)).json();
    expect(v.comps[0]).toMatchObject({ priceCents: 38000, adjustedCents: 34200 });
    expect(v.valueCents).toBe(34200);
  });

  it('prefers sales of the same catalog part', async () => {
    await soldCard('2026-05-01', 45000, { ...fromCatalog, catalogPartId: GPU.id, specs: undefined });
    const v = (await valuation(subjectId)).json();
    expect(v).toMatchObject({ valueCents: 45000, basis: 'comps_same_part', confidence: 'medium' });
    expect(v.comps).toHaveLength(1);
  });

  it("uses the user's expected price as is", async () => {
    await call('PATCH', `/api/v1/parts/${subjectId}`, alice, { expectedPriceCents: 41000 });
    expect((await valuation(subjectId)).json()).toMatchObject({
      valueCents: 41000,
      lowCents: 41000,
      highCents: 41000,
      basis: 'expected',
    });
  });

  it("is another user's secret: 404, and their sales are never comps", async () => {
    expect((await valuation(subjectId, bob)).statusCode).toBe(404);
    const bobs = await createPart(ctx.app, bob, { ...fromCatalog, catalogPartId: GPU.id, costCents: 30000 });
    expect((await valuation(bobs.id, bob)).json()).toMatchObject({ basis: 'reference', comps: [] });
  });
});

describe('values of a page of parts', () => {
  it("values many parts at once, and leaves out another user's", async () => {
    const mine = await createPart(ctx.app, alice, { ...fromCatalog, catalogPartId: GPU.id });
    const priced = await createPart(ctx.app, alice, { expectedPriceCents: 12345 });
    const theirs = await createPart(ctx.app, bob, { expectedPriceCents: 99 });
    const res = await call('GET', `/api/v1/parts/values?ids=${mine.id},${priced.id},${theirs.id}`, alice);
    expect(res.statusCode).toBe(200);
    const byId = new Map(res.json().items.map((v: { partId: number }) => [v.partId, v]));
    expect(byId.size).toBe(2);
    expect(byId.get(priced.id)).toMatchObject({ valueCents: 12345, basis: 'expected' });
    expect(byId.get(mine.id)).toMatchObject({ basis: 'comps_same_part' });
    expect((await call('GET', '/api/v1/parts/values?ids=abc', alice)).statusCode).toBe(400);
  });
});

describe('the parts list by value', () => {
  it('sorts by value and by value − cost, and filters to the parts worth more than they cost', async () => {
    const make = (name: string, costCents: number, expectedPriceCents: number) =>
      createPart(ctx.app, alice, { name, category: 'other', costCents, expectedPriceCents });
    await make('Sortable fan A', 100, 500);
    await make('Sortable fan B', 1000, 900);
    await make('Sortable fan C', 50, 1500);
    const names = async (query: string) => {
      const res = await call('GET', `/api/v1/parts?q=Sortable&${query}`, alice);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items.map((p: { name: string }) => p.name.slice(-1));
    };
    expect(await names('sort=-unrealizedCents')).toEqual(['C', 'A', 'B']);
    expect(await names('sort=valueCents')).toEqual(['A', 'B', 'C']);
    expect(await names('sort=valueCents&worthMore=true')).toEqual(['A', 'C']);
    expect(await names('sort=name&worthMore=true')).toEqual(['A', 'C']);
    const paged = (
      await call('GET', '/api/v1/parts?q=Sortable&sort=-valueCents&pageSize=1&page=2', alice)
    ).json();
    expect(paged).toMatchObject({ total: 3, page: 2, items: [{ name: 'Sortable fan B' }] });
    expect((await call('GET', '/api/v1/parts?q=Sortable&sort=-valueCents', bob)).json().total).toBe(0);
  });
});

describe("the stock's worth", () => {
  it('sums the estimates of every unsold part against their cost, for its owner only', async () => {
    const before = (await call('GET', '/api/v1/parts/worth', bob)).json();
    await createPart(ctx.app, bob, {
      name: 'Worth A',
      category: 'other',
      costCents: 1000,
      expectedPriceCents: 2500,
    });
    await createPart(ctx.app, bob, { name: 'Worth B', category: 'other', costCents: 700 });
    const after = (await call('GET', '/api/v1/parts/worth', bob)).json();
    expect(after).toEqual({
      count: before.count + 2,
      costCents: before.costCents + 1700,
      valueCents: before.valueCents + 2500 + 700,
    });
  });
});

describe('build valuation', () => {
  it('sums the parts, times a whole-PC factor of 1.0 until three builds were sold', async () => {
    const build = (await call('POST', '/api/v1/builds', alice, { name: 'Ryzen gamer' })).json();
    const gpu = await createPart(ctx.app, alice, {
      ...fromCatalog,
      catalogPartId: GPU.id,
      expectedPriceCents: 40000,
      costCents: 30000,
    });
    const cpu = await createPart(ctx.app, alice, {
      ...fromCatalog,
      catalogPartId: CPU.id,
      expectedPriceCents: 9000,
      costCents: 7000,
    });
    for (const p of [gpu, cpu])
      await call('POST', `/api/v1/builds/${build.id}/parts`, alice, { partId: p.id });
    const res = await call('GET', `/api/v1/builds/${build.id}/valuation`, alice);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      valueCents: 49000,
      partOutCents: 49000,
      wholePcFactor: 1,
      buildSales: 0,
      costCents: 37000,
      parts: [
        { partId: gpu.id, valueCents: 40000, basis: 'expected' },
        { partId: cpu.id, valueCents: 9000, basis: 'expected' },
      ],
    });
    expect((await call('GET', `/api/v1/builds/${build.id}/valuation`, bob)).statusCode).toBe(404);
  });
});
