import type { CatalogList, CatalogPart } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app';
import { signUp, type TestUser } from '../../test/users';
import { MAX_COUNTED } from './catalog.service';
import { ensureCatalog } from './catalog-import';

/** Importing the whole catalog takes 15-20 s on PGlite, more while other tests share the cores. */
const IMPORT_TIMEOUT_MS = 180_000;

describe('catalog routes (whole catalog)', () => {
  let ctx: TestContext;
  let user: TestUser;
  const said: string[] = [];

  beforeAll(async () => {
    ctx = await createTestApp();
    await ensureCatalog(ctx.database.db, (message) => said.push(message));
    user = await signUp(ctx.app);
  }, IMPORT_TIMEOUT_MS);
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
    // 3070 Ti, 3070 and 3070 LHR cards, each identical variant once.
    expect((await search('q=RTX%203070')).total).toBe(154);
  });

  it('ranks the exact model first: the 5600X before the 5600XT, the 970 Evo before the 970 Evo Plus', async () => {
    const { items } = await search('q=ryzen%205%205600x');
    expect(items.map((p) => p.name).slice(0, 2)).toEqual(['AMD Ryzen 5 5600X', 'AMD Ryzen 5 5600XT']);
    expect(items[0]).toMatchObject({ category: 'cpu', brand: 'AMD', specs: { socket: 'AM4' } });
    const drives = await search('q=970%20evo%201tb');
    expect(drives.items.map((p) => p.name)).toEqual(['Samsung 970 Evo', 'Samsung 970 Evo Plus']);
  });

  it('"Corsair Vengeance LPX 16GB DDR4 3200" lists each kit once, the common 2 × 8 GB CL16 first', async () => {
    const { items } = await search(`q=${encodeURIComponent('Corsair Vengeance LPX 16GB DDR4 3200')}`);
    expect(items[0]).toMatchObject({
      id: 'memory-00003',
      name: 'Corsair Vengeance LPX 16 GB',
      specs: { totalGb: 16, speedMts: 3200, modules: 2, moduleGb: 8, casLatency: 16 },
      variants: 6,
      lowestPriceCents: 4599,
    });
    // A 64 GB kit whose scraped name spells out "(4 x 16GB) ... DDR4 3200" comes after every 16 GB kit.
    const sizes = items.map((p) => p.specs.totalGb);
    expect(sizes.slice(0, sizes.lastIndexOf(16) + 1).every((gb) => gb === 16)).toBe(true);
    expect(sizes.filter((gb) => gb === 16)).toHaveLength(7);
    const kinds = items.map((p) => JSON.stringify([p.name, p.specs]));
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('matches spec words: "16GB DDR4 3200" finds 16 GB kits, never a 64 GB one', async () => {
    for (const q of ['16GB DDR4 3200', '16 GB DDR4-3200', '16gb ddr4 3200mhz']) {
      const { items } = await search(`category=memory&pageSize=50&q=${encodeURIComponent(q)}`);
      expect(items.length, q).toBe(50);
      expect(
        items.every((p) => p.specs.totalGb === 16 && p.specs.memoryType === 'DDR4'),
        q,
      ).toBe(true);
    }
  });

  it('finds drives by model and capacity, which their names lack: "970 EVO Plus 1TB", "MX500 500"', async () => {
    const evo = await search(`q=${encodeURIComponent('970 EVO Plus 1TB')}`);
    expect(evo.items[0]).toMatchObject({
      name: 'Samsung 970 Evo Plus',
      specs: { capacityGb: 1000, bus: 'nvme' },
    });
    const mx500 = await search('q=MX500%20500');
    expect(mx500.items[0]).toMatchObject({ name: 'Crucial MX500', specs: { capacityGb: 500 } });
    const nvme = await search('category=storage&pageSize=50&q=1tb%20nvme');
    // 1024 GB drives are sold as 1 TB too.
    expect(
      nvme.items.every((p) => [1000, 1024].includes(Number(p.specs.capacityGb)) && p.specs.bus === 'nvme'),
    ).toBe(true);
  });

  it('finds power supplies by wattage and rating: "650W gold"', async () => {
    const { items } = await search('category=psu&pageSize=50&q=650W%20gold');
    expect(items).toHaveLength(50);
    expect(items.every((p) => p.specs.wattageW === 650 && p.specs.efficiency === 'gold')).toBe(true);
  });

  it('corrects typos and leaves out words the catalog lacks', async () => {
    const typo = await search('q=corsiar%20vengance%20lpx%2016gb');
    expect(typo.items[0]?.name).toBe('Corsair Vengeance LPX 16 GB');
    // The catalog has no colours: "black" is dropped when nothing matches every word.
    const colour = await search(`q=${encodeURIComponent('corsair vengeance lpx 16gb ddr4 3200 black')}`);
    expect(colour.items[0]?.id).toBe('memory-00003');
  });

  it('filters by category', async () => {
    const psus = await search('q=corsair&category=psu&pageSize=100');
    expect(psus.items.length).toBeGreaterThan(10);
    expect(psus.items.every((p) => p.category === 'psu')).toBe(true);
    const memory = await search('q=corsair&category=memory');
    expect(memory.items.every((p) => p.category === 'memory')).toBe(true);
    expect(memory.total).toBeGreaterThan(psus.total);
  });

  it('pages in a stable order, most popular first among equal matches', async () => {
    const first = await search('q=corsair%20vengeance&pageSize=5');
    const second = await search('q=corsair%20vengeance&pageSize=5&page=2');
    const both = await search('q=corsair%20vengeance&pageSize=10');
    expect(second).toMatchObject({ page: 2, pageSize: 5, total: first.total, totalCapped: false });
    expect(second.items).toHaveLength(5);
    expect([...first.items, ...second.items].map((p) => p.id)).toEqual(both.items.map((p) => p.id));
    const cpus = await search('category=cpu&pageSize=3');
    expect(cpus.items.map((p) => p.name)).toEqual([
      'AMD Ryzen 7 9800X3D',
      'AMD Ryzen 7 7800X3D',
      'AMD Ryzen 5 7600X',
    ]);
  });

  it('stops counting at the cap and says so', async () => {
    expect(await search('pageSize=1')).toMatchObject({ total: MAX_COUNTED, totalCapped: true });
    expect(await search('q=gigabyte')).toMatchObject({ total: MAX_COUNTED, totalCapped: true });
    expect(await search('category=cpu&q=amd%20ryzen')).toMatchObject({ totalCapped: false });
  });

  it("takes the user's % and _ literally", async () => {
    // Unescaped, both would match every part.
    expect((await search('q=%25')).total).toBe(0);
    expect((await search('q=_')).total).toBe(0);
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
      variants: 1,
      lowestPriceCents: 15899,
    });
  });

  it('fills specs the dataset lacks from the curated tables: case clearances, cooler height and sockets', async () => {
    const get = async (id: string) =>
      (await ctx.app.inject({ url: `/api/v1/catalog/${id}`, headers: user.cookie })).json<CatalogPart>();
    expect((await get('case-00006')).specs).toMatchObject({ maxGpuLengthMm: 360, maxCoolerHeightMm: 170 });
    expect((await get('cpu-cooler-00024')).specs).toMatchObject({
      heightMm: 165,
      sockets: expect.arrayContaining(['AM5']),
    });
    expect((await get('case-00024')).specs).toMatchObject({ maxGpuLengthMm: 365, maxCoolerHeightMm: 163 });
    expect((await get('cpu-cooler-00007')).specs).toMatchObject({
      liquid: true,
      heightMm: null,
      sockets: expect.arrayContaining(['LGA1700', 'AM5']),
    });
    expect((await get('case-00001')).specs).toMatchObject({ maxGpuLengthMm: null });
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
