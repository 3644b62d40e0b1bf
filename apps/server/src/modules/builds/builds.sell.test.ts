import type { Build, BuildCompatibility, PartCreate } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';

// A build that does not work is not set ready to sell, listed or sold by accident: the server refuses
// (422, the problems named) unless the request says why it is sold anyway, and that reason is kept.

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

const RYZEN_5600X = {
  name: 'AMD Ryzen 5 5600X',
  category: 'cpu',
  specs: { socket: 'AM4', tdpW: 65, integratedGraphics: false, microarchitecture: 'Zen 3' },
} satisfies PartCreate;
const B550 = {
  name: 'MSI B550-A PRO',
  category: 'motherboard',
  specs: { socket: 'AM4', chipset: 'B550', formFactor: 'ATX', memorySlots: 4, memoryType: 'DDR4' },
} satisfies PartCreate;
const Z690 = {
  name: 'MSI PRO Z690-A',
  category: 'motherboard',
  specs: { socket: 'LGA1700', chipset: 'Z690', formFactor: 'ATX' },
} satisfies PartCreate;
const REST: PartCreate[] = [
  {
    name: 'Corsair Vengeance LPX 16 GB',
    category: 'memory',
    specs: { memoryType: 'DDR4', modules: 2, moduleGb: 8 },
  },
  { name: 'Samsung 970 EVO Plus 1 TB', category: 'storage', specs: { bus: 'nvme', formFactor: 'M.2-2280' } },
  { name: 'RTX 3060 Ventus 2X', category: 'gpu', specs: { lengthMm: 235, tdpW: 170 } },
  { name: 'Corsair RM750e', category: 'psu', specs: { wattageW: 750, formFactor: 'ATX' } },
  { name: 'Fractal Pop Air', category: 'case', specs: { type: 'ATX Mid Tower', maxGpuLengthMm: 405 } },
];

const SOCKET_PROBLEM = 'The AMD Ryzen 5 5600X needs an AM4 board; the MSI PRO Z690-A is LGA1700.';

/** A build of these parts, each created in stock and put in. */
async function buildOf(parts: PartCreate[], headers = alice) {
  const build = (await call('POST', '/api/v1/builds', headers, { name: 'Ryzen 5600X gaming PC' })).json();
  const created = [];
  for (const spec of parts) {
    const part = await createPart(ctx.app, headers, spec);
    expect(
      (await call('POST', `/api/v1/builds/${build.id}/parts`, headers, { partId: part.id })).statusCode,
    ).toBe(200);
    created.push(part);
  }
  return { id: build.id as number, parts: created };
}

const getBuild = async (id: number): Promise<Build> =>
  (await call('GET', `/api/v1/builds/${id}`, alice)).json();
const draftListing = async (buildId: number) =>
  (
    await call('POST', '/api/v1/listings', alice, {
      buildId,
      platform: 'ebay',
      title: 'Gaming PC',
      priceCents: 60000,
    })
  ).json();
const saleCount = async () => (await call('GET', '/api/v1/sales', alice)).json().total as number;

describe('a build with problems', () => {
  it('is not set ready, listed or sold without a reason: 422 naming every problem', async () => {
    const build = await buildOf([RYZEN_5600X, Z690, ...REST]);
    const report = (await getBuild(build.id)).compatibility;
    expect(report.status).toBe('errors');
    const salesBefore = await saleCount();

    const ready = await call('PATCH', `/api/v1/builds/${build.id}`, alice, { status: 'ready' });
    expect(ready.statusCode).toBe(422);
    expect(ready.json().error).toEqual({
      code: 'RULE_VIOLATION',
      message: `“Ryzen 5600X gaming PC” has a problem: ${SOCKET_PROBLEM} Fix it, or give the reason it is sold anyway.`,
      fields: { overrideReason: 'is required to sell a build with problems' },
    });
    expect((await getBuild(build.id)).status).toBe('planning');

    const listing = await draftListing(build.id);
    const live = await call('POST', `/api/v1/listings/${listing.id}/activate`, alice);
    expect(live.statusCode).toBe(422);
    expect(live.json().error.message).toContain(SOCKET_PROBLEM);
    expect((await call('GET', `/api/v1/listings/${listing.id}`, alice)).json().status).toBe('draft');

    const sale = await call('POST', '/api/v1/sales', alice, { buildId: build.id, priceCents: 50000 });
    expect(sale.statusCode).toBe(422);
    expect(sale.json().error.message).toContain(SOCKET_PROBLEM);
    expect(await saleCount()).toBe(salesBefore);
    for (const part of build.parts)
      expect((await call('GET', `/api/v1/parts/${part.id}`, alice)).json().status).toBe('in_build');
  });

  it('goes on with a reason, which is stored, shown on the build and in its history', async () => {
    const build = await buildOf([RYZEN_5600X, Z690, ...REST]);
    const reason = 'Sold as a parts bundle: the buyer has an LGA1700 CPU for the board';
    const ready = await call('PATCH', `/api/v1/builds/${build.id}`, alice, {
      status: 'ready',
      overrideReason: reason,
    });
    expect(ready.statusCode).toBe(200);
    const shown: Build = ready.json();
    expect(shown.status).toBe('ready');
    expect(shown.override).toEqual({
      reason,
      problems: [{ code: 'CPU_SOCKET_MISMATCH', message: SOCKET_PROBLEM }],
      recordedAt: expect.any(String),
    });
    expect((await getBuild(build.id)).override?.reason).toBe(reason);

    // The override covers these problems: listing and selling need no second reason.
    const listing = await draftListing(build.id);
    expect((await call('POST', `/api/v1/listings/${listing.id}/activate`, alice)).statusCode).toBe(200);
    const sale = await call('POST', '/api/v1/sales', alice, { listingId: listing.id });
    expect(sale.statusCode).toBe(201);

    const history = (await call('GET', `/api/v1/builds/${build.id}/history`, alice)).json().items;
    const override = history.find((h: { action: string }) => h.action === 'override');
    expect(override).toMatchObject({
      via: 'token',
      changes: {
        overrideReason: { from: null, to: reason },
        overrideProblems: { from: null, to: [SOCKET_PROBLEM] },
      },
    });
    expect(history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['create', 'override', 'update', 'status']),
    );
    // Bob sees neither the build nor its history.
    expect((await call('GET', `/api/v1/builds/${build.id}/history`, bob)).statusCode).toBe(404);
  });

  it('needs a new reason when the build changed and has a problem the old one did not cover', async () => {
    const build = await buildOf([RYZEN_5600X, Z690, ...REST]);
    await call('PATCH', `/api/v1/builds/${build.id}`, alice, { overrideReason: 'Parts bundle' });
    const ddr5 = await createPart(ctx.app, alice, {
      name: 'G.Skill Trident Z5 32 GB',
      category: 'memory',
      specs: { memoryType: 'DDR5', modules: 2, moduleGb: 16 },
    });
    await call('POST', `/api/v1/builds/${build.id}/parts`, alice, { partId: ddr5.id });
    const ready = await call('PATCH', `/api/v1/builds/${build.id}`, alice, { status: 'ready' });
    expect(ready.statusCode).toBe(422);
    // Only what the override does not cover is named.
    expect(ready.json().error.message).not.toContain(SOCKET_PROBLEM);
    expect(ready.json().error.message).toContain('G.Skill Trident Z5 32 GB is DDR5');
  });

  it('counts parts still missing once it is to be sold, though they are only information before', async () => {
    const build = await buildOf([RYZEN_5600X]);
    const report: BuildCompatibility = (await getBuild(build.id)).compatibility;
    // The first CPU of an empty build is not a problem yet.
    expect(report.status).toBe('ok');
    expect(report.findings.every((f) => f.severity === 'info')).toBe(true);
    const ready = await call('PATCH', `/api/v1/builds/${build.id}`, alice, { status: 'ready' });
    expect(ready.statusCode).toBe(422);
    expect(ready.json().error.message).toBe(
      '“Ryzen 5600X gaming PC” has 6 problems: No motherboard yet. No memory yet. No storage drive yet. ' +
        'No power supply yet. No case yet. No graphics card yet: the AMD Ryzen 5 5600X has no integrated ' +
        'graphics, so the build needs one for a display. Fix them, or give the reason it is sold anyway.',
    );
  });
});

describe('a build without problems', () => {
  it('is set ready, listed and sold without a reason; a reason then records nothing', async () => {
    const build = await buildOf([RYZEN_5600X, B550, ...REST]);
    const before = await getBuild(build.id);
    expect(before.compatibility.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const ready = await call('PATCH', `/api/v1/builds/${build.id}`, alice, {
      status: 'ready',
      overrideReason: 'Just in case',
    });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().override).toBeNull();
    const sale = await call('POST', '/api/v1/sales', alice, { buildId: build.id, priceCents: 65000 });
    expect(sale.statusCode).toBe(201);
  });
});

describe('the override field', () => {
  it('is refused empty, too long, or for a part (which has no compatibility to override)', async () => {
    const build = await buildOf([RYZEN_5600X]);
    const empty = await call('PATCH', `/api/v1/builds/${build.id}`, alice, {
      status: 'ready',
      overrideReason: '  ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({ overrideReason: 'is required' });
    const long = await call('PATCH', `/api/v1/builds/${build.id}`, alice, {
      overrideReason: 'x'.repeat(1001),
    });
    expect(long.statusCode).toBe(400);
    const part = await createPart(ctx.app, alice);
    const sale = await call('POST', '/api/v1/sales', alice, {
      partId: part.id,
      priceCents: 100,
      overrideReason: 'Because',
    });
    expect(sale.statusCode).toBe(400);
    expect(sale.json().error.fields.overrideReason).toMatch(/for builds/);
    expect((await call('GET', `/api/v1/parts/${part.id}`, alice)).json().status).toBe('in_stock');
  });
});
