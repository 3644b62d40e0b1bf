import type { Build } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { seedCatalog } from '../../test/catalog';
import { createPart } from '../../test/parts';

// What the engine could not check, it says in words with the part and spec it lacks; the user fills that
// spec in on their own part or planned purchase (never the shared catalog), and the check runs again.

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

/** NZXT H510 (case), AMD Ryzen 7 7700X (AM5), Corsair Vengeance LPX 16 GB (DDR4). */
const H510 = 'case-00112';
const RYZEN_7700X = 'cpu-00005';
const LPX_DDR4 = 'memory-00003';

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers());
  await seedCatalog(ctx.database.db, [H510, RYZEN_7700X, LPX_DDR4]);
});
afterAll(() => ctx.close());

async function newBuild(): Promise<Build> {
  return (await call('POST', '/api/v1/builds', alice, { name: 'Compact gamer' })).json();
}
const put = async (buildId: number, partId: number): Promise<Build> =>
  (await call('POST', `/api/v1/builds/${buildId}/parts`, alice, { partId })).json();
/** The test factory defaults to a graphics card: say what the catalog part is. */
const fromCatalog = (name: string, category: 'cpu' | 'memory') => ({ name, category });
const catalogSpecs = async (id: string) => (await call('GET', `/api/v1/catalog/${id}`, alice)).json().specs;

describe('an unknown spec', () => {
  it('is named with its part, filled on the user’s part, and the check runs again', async () => {
    const build = await newBuild();
    const gpu = await createPart(ctx.app, alice, { name: 'ASUS TUF RTX 3080', specs: { lengthMm: 300 } });
    const pcCase = await createPart(ctx.app, alice, {
      name: 'Fractal Design Meshify C',
      category: 'case',
      specs: { type: 'ATX Mid Tower' },
    });
    await put(build.id, gpu.id);
    const before = await put(build.id, pcCase.id);
    const unverified = before.compatibility.findings.find((f) => f.rules?.includes('GPU_TOO_LONG'));
    expect(unverified).toMatchObject({
      code: 'UNVERIFIED',
      severity: 'info',
      message:
        'Could not check that the graphics card fits the case: unknown maximum graphics card length of the Fractal Design Meshify C.',
      unknown: [{ partId: `part:${pcCase.id}`, spec: 'case.maxGpuLengthMm' }],
    });

    const filled = await call('PATCH', `/api/v1/parts/${pcCase.id}`, alice, {
      specs: { maxGpuLengthMm: 295 },
    });
    expect(filled.statusCode).toBe(200);
    expect(filled.json().specs).toMatchObject({ type: 'ATX Mid Tower', maxGpuLengthMm: 295 });
    const after: Build = (await call('GET', `/api/v1/builds/${build.id}`, alice)).json();
    expect(after.compatibility.findings.filter((f) => f.rules?.includes('GPU_TOO_LONG'))).toEqual([]);
    expect(after.compatibility.findings.find((f) => f.code === 'GPU_TOO_LONG')?.message).toBe(
      'The ASUS TUF RTX 3080 is 300 mm long; the Fractal Design Meshify C fits graphics cards up to 295 mm.',
    );
  });

  it('is corrected on a planned purchase from the catalog, never on the catalog itself', async () => {
    const build = await newBuild();
    const catalogBefore = await catalogSpecs(H510);
    const planned: Build = (
      await call('POST', `/api/v1/builds/${build.id}/planned`, alice, {
        category: 'case',
        catalogPartId: H510,
        expectedCostCents: 4000,
      })
    ).json();
    const item = planned.planned[0];
    if (!item) throw new Error('the planned case is missing');
    const url = `/api/v1/builds/${build.id}/planned/${item.id}`;

    const corrected = await call('PATCH', url, alice, {
      specs: { maxGpuLengthMm: 350, maxCoolerHeightMm: 165 },
    });
    expect(corrected.statusCode).toBe(200);
    const specs = corrected.json().planned[0].specs;
    expect(specs).toMatchObject({ maxGpuLengthMm: 350, maxCoolerHeightMm: 165, type: 'ATX Mid Tower' });
    expect(await catalogSpecs(H510)).toEqual(catalogBefore);

    const bad = await call('PATCH', url, alice, { specs: { maxGpuLengthMm: -1, socket: 'AM4' } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['specs.maxGpuLengthMm', 'specs.socket']);
    expect((await call('PATCH', url, bob, { specs: { maxGpuLengthMm: 1 } })).statusCode).toBe(404);
    const elsewhere = await newBuild();
    expect(
      (await call('PATCH', `/api/v1/builds/${elsewhere.id}/planned/${item.id}`, alice, { specs: {} }))
        .statusCode,
    ).toBe(404);
  });

  it('is corrected on an owned part made from the catalog, the catalog left as it was', async () => {
    const before = await catalogSpecs(RYZEN_7700X);
    const cpu = await createPart(ctx.app, alice, {
      catalogPartId: RYZEN_7700X,
      ...fromCatalog('AMD Ryzen 7 7700X', 'cpu'),
    });
    const res = await call('PATCH', `/api/v1/parts/${cpu.id}`, alice, { specs: { tdpW: 142 } });
    expect(res.json().specs).toMatchObject({ socket: 'AM5', tdpW: 142 });
    expect(await catalogSpecs(RYZEN_7700X)).toEqual(before);
  });
});

describe('memory a CPU cannot take', () => {
  it('is an error before any board is chosen: an AM5 Ryzen with a DDR4 kit', async () => {
    const build = await newBuild();
    const cpu = await createPart(ctx.app, alice, {
      catalogPartId: RYZEN_7700X,
      ...fromCatalog('AMD Ryzen 7 7700X', 'cpu'),
    });
    const kit = await createPart(ctx.app, alice, {
      catalogPartId: LPX_DDR4,
      ...fromCatalog('Corsair Vengeance LPX 16 GB', 'memory'),
    });
    await put(build.id, cpu.id);
    const report = (await put(build.id, kit.id)).compatibility;
    expect(report.status).toBe('errors');
    expect(report.findings.find((f) => f.code === 'MEMORY_TYPE_MISMATCH')).toMatchObject({
      severity: 'error',
      message: 'The Corsair Vengeance LPX 16 GB is DDR4; the AMD Ryzen 7 7700X takes DDR5 memory only.',
      partIds: [`part:${kit.id}`, `part:${cpu.id}`],
    });
  });
});
