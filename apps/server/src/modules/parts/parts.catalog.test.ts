import type { LotWithParts, Part } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app';
import { seedCatalog } from '../../test/catalog';
import { bearerFor, signUp } from '../../test/users';
import type { CatalogRow } from '../catalog/catalog-mapping';

let ctx: TestContext;
let alice: Record<string, string>;
/** "EVGA FTW3 ULTRA GAMING", an RTX 3070 Ti listed by its board name, and a Ryzen 5 5600X. */
let GPU: CatalogRow;
let CPU: CatalogRow;

beforeAll(async () => {
  ctx = await createTestApp();
  const seeded = await seedCatalog(ctx.database.db, ['video-card-00212', 'cpu-00009']);
  [GPU, CPU] = [seeded['video-card-00212'], seeded['cpu-00009']] as [CatalogRow, CatalogRow];
  alice = await bearerFor(ctx.app, await signUp(ctx.app));
});
afterAll(() => ctx.close());

const post = (url: string, payload: object) =>
  ctx.app.inject({ method: 'POST', url, headers: alice, payload });
const patch = (url: string, payload: object) =>
  ctx.app.inject({ method: 'PATCH', url, headers: alice, payload });
const partCount = async () =>
  (await ctx.app.inject({ url: '/api/v1/parts', headers: alice })).json().total as number;

const bought = { costCents: 42000, condition: 'used', acquiredAt: '2025-05-02' };

describe('a part created from the catalog', () => {
  it('takes its name, category, brand and specs from the catalog when only catalogPartId is given', async () => {
    const res = await post('/api/v1/parts', { catalogPartId: GPU.id, ...bought });
    expect(res.statusCode, res.body).toBe(201);
    const part: Part = res.json();
    expect(part).toMatchObject({
      // The board name with its chip, as the form names it.
      name: 'EVGA GeForce RTX 3070 Ti FTW3 ULTRA GAMING',
      category: 'gpu',
      brand: 'EVGA',
      catalogPartId: GPU.id,
      costCents: 42000,
      condition: 'used',
      acquiredAt: '2025-05-02',
      status: 'in_stock',
      specs: GPU.specs,
    });
  });

  it('keeps the fields that are given over the catalog’s, and merges given specs over its specs', async () => {
    const res = await post('/api/v1/parts', {
      catalogPartId: CPU.id,
      name: 'Ryzen 5 5600X (tray)',
      brand: null,
      specs: { tdpW: 76 },
      ...bought,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Ryzen 5 5600X (tray)',
      category: 'cpu',
      brand: null,
      specs: { ...CPU.specs, tdpW: 76 },
    });
  });

  it('refuses a category other than the catalog part’s, naming the field', async () => {
    const res = await post('/api/v1/parts', { catalogPartId: CPU.id, category: 'gpu', ...bought });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ category: 'must be cpu for this catalog part' });
  });

  it('still needs a name and a category without a catalog part', async () => {
    const res = await post('/api/v1/parts', bought);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ name: 'is required', category: 'is required' });
  });

  it('works the same for the parts of a lot', async () => {
    const res = await post('/api/v1/lots', {
      name: 'Gaming PC from Marketplace',
      totalCostCents: 50000,
      acquiredAt: '2025-05-03',
      parts: [
        { catalogPartId: GPU.id, weight: 3 },
        { catalogPartId: CPU.id, name: 'Ryzen 5600X', specs: { cores: 6 } },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const lot: LotWithParts = res.json();
    expect(lot.parts.map((p) => [p.name, p.category, p.brand, p.costCents])).toEqual([
      ['EVGA GeForce RTX 3070 Ti FTW3 ULTRA GAMING', 'gpu', 'EVGA', 37500],
      ['Ryzen 5600X', 'cpu', 'AMD', 12500],
    ]);
    expect(lot.parts[0]?.specs).toEqual(GPU.specs);
    expect(lot.parts[1]?.specs).toEqual(CPU.specs);
  });
});

describe('catalogPartId', () => {
  it('empty or unknown is a 400 naming the field, and no part is created', async () => {
    const before = await partCount();
    for (const catalogPartId of ['', 'cpu-99999', ' ', 'cpu\u0000']) {
      const res = await post('/api/v1/parts', { name: 'Ryzen', category: 'cpu', catalogPartId, ...bought });
      expect(res.statusCode, JSON.stringify(catalogPartId)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.json().error.fields)).toEqual(['catalogPartId']);
    }
    expect(await partCount()).toBe(before);
  });

  it('empty or unknown in a lot part is a 400 naming that part’s field, and no lot is created', async () => {
    const lots = async () => (await ctx.app.inject({ url: '/api/v1/lots', headers: alice })).json().total;
    const before = await lots();
    for (const catalogPartId of ['', 'cpu-99999']) {
      const res = await post('/api/v1/lots', {
        name: 'Box of parts',
        totalCostCents: 1000,
        acquiredAt: '2025-05-03',
        parts: [
          { name: 'Fan', category: 'other' },
          { name: 'CPU', category: 'cpu', catalogPartId },
        ],
      });
      expect(res.statusCode, res.body).toBe(400);
      const fields = Object.keys(res.json().error.fields);
      expect(fields.length).toBe(1);
      expect(fields[0]).toMatch(/catalogPartId$/);
    }
    expect(await lots()).toBe(before);
  });

  it('empty or unknown on a change is a 400 naming the field, and the part is unchanged', async () => {
    const created: Part = (await post('/api/v1/parts', { name: 'Ryzen', category: 'cpu', ...bought })).json();
    for (const catalogPartId of ['', 'cpu-99999']) {
      const res = await patch(`/api/v1/parts/${created.id}`, { catalogPartId });
      expect(res.statusCode, res.body).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['catalogPartId']);
    }
    const after = await ctx.app.inject({ url: `/api/v1/parts/${created.id}`, headers: alice });
    expect(after.json()).toEqual(created);
  });
});
