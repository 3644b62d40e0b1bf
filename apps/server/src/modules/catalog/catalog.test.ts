import type { CatalogList, CatalogPart } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app';
import { signUp, type TestUser } from '../../test/users';
import { MAX_COUNTED } from './catalog.service';
import { ensureCatalog } from './catalog-import';

describe('catalog routes (whole catalog)', () => {
  let ctx: TestContext;
  let user: TestUser;
  const said: string[] = [];

  beforeAll(async () => {
    ctx = await createTestApp();
    await ensureCatalog(ctx.database.db, (message) => said.push(message));
    user = await signUp(ctx.app);
  });
  afterAll(() => ctx.close());

  const search = async (query: string): Promise<CatalogList> => {
    const response = await ctx.app.inject({ url: `/api/v1/catalog?${query}`, headers: user.cookie });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('imported the whole catalog on first start', () => {
    expect(said[0]).toBe('Importing the parts catalog (first start)...');
    expect(said[1]).toMatch(/^Parts catalog imported: 39,401 parts in \d+\.\d s$/);
  });

  it('"3070 ti" finds the RTX 3070 Ti cards, also those whose name lacks the chip, and no plain 3070', async () => {
    const found = await search('q=3070%20ti&pageSize=100');
    expect(found.total).toBe(48);
    expect(found.items).toHaveLength(48);
    expect(new Set(found.items.map((p) => p.specs.chipset))).toEqual(new Set(['GeForce RTX 3070 Ti']));
    expect(found.items.map((p) => p.name)).toContain('EVGA FTW3 ULTRA GAMING');
    expect((await search('q=3070ti')).total).toBe(48);
    expect((await search('q=RTX%203070')).total).toBe(48 + 53 + 55);
  });

  it('ranks a name that is the query first, then names that start with it', async () => {
    const { items } = await search('q=ryzen%205%205600x');
    expect(items.map((p) => p.name).slice(0, 2)).toEqual(['AMD Ryzen 5 5600X', 'AMD Ryzen 5 5600XT']);
    expect(items[0]).toMatchObject({ category: 'cpu', brand: 'AMD', specs: { socket: 'AM4' } });
  });

  it('filters by category', async () => {
    const psus = await search('q=corsair&category=psu&pageSize=100');
    expect(psus.items.length).toBeGreaterThan(10);
    expect(psus.items.every((p) => p.category === 'psu')).toBe(true);
    const memory = await search('q=corsair&category=memory');
    expect(memory.items.every((p) => p.category === 'memory')).toBe(true);
    expect(memory.total).toBeGreaterThan(psus.total);
  });

  it('pages in a stable order, priced parts first', async () => {
    const first = await search('q=corsair%20vengeance&pageSize=5');
    const second = await search('q=corsair%20vengeance&pageSize=5&page=2');
    const both = await search('q=corsair%20vengeance&pageSize=10');
    expect(second).toMatchObject({ page: 2, pageSize: 5, total: first.total, totalCapped: false });
    expect(second.items).toHaveLength(5);
    expect([...first.items, ...second.items].map((p) => p.id)).toEqual(both.items.map((p) => p.id));
    const all = await search('q=corsair%20vengeance%20lpx&pageSize=100');
    const unpriced = all.items.findIndex((p) => p.priceCents === null);
    expect(all.items.slice(unpriced).every((p) => p.priceCents === null)).toBe(true);
  });

  it('stops counting at the cap and says so', async () => {
    expect(await search('pageSize=1')).toMatchObject({ total: MAX_COUNTED, totalCapped: true });
    expect(await search('q=gigabyte')).toMatchObject({ total: MAX_COUNTED, totalCapped: true });
    expect(await search('category=cpu&q=amd%20ryzen')).toMatchObject({ totalCapped: false });
  });

  it("takes the user's % and _ literally", async () => {
    expect((await search('q=%25')).total).toBe(0);
    expect((await search('q=wd%25black')).total).toBe(0);
    // Unescaped, both would match every part.
    expect((await search('q=_')).total).toBeLessThan(10);
    const wd = await search('q=wd_black');
    expect(wd.total).toBeGreaterThan(0);
    expect(wd.items.every((p) => p.name.toLowerCase().includes('wd_black'))).toBe(true);
  });

  it('returns one part by id', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/catalog/cpu-00009', headers: user.cookie });
    expect(response.statusCode).toBe(200);
    expect(response.json<CatalogPart>()).toEqual({
      id: 'cpu-00009',
      category: 'cpu',
      name: 'AMD Ryzen 5 5600X',
      brand: 'AMD',
      priceCents: 15899,
      specs: {
        socket: 'AM4',
        microarchitecture: 'Zen 3',
        cores: 6,
        baseClockGhz: 3.7,
        boostClockGhz: 4.6,
        tdpW: 65,
        integratedGraphics: false,
      },
    });
  });

  it('answers 404 in the error shape for an unknown id', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/catalog/cpu-99999', headers: user.cookie });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Catalog part not found' } });
  });

  it('answers 401 when signed out', async () => {
    for (const url of ['/api/v1/catalog?q=3070', '/api/v1/catalog/cpu-00009']) {
      const response = await ctx.app.inject({ url });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 400 in the error shape for a bad query', async () => {
    const response = await ctx.app.inject({
      url: '/api/v1/catalog?pageSize=1000&category=gpus',
      headers: user.cookie,
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(error.fields).sort()).toEqual(['category', 'pageSize']);
  });
});
