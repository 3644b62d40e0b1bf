import type { PartStatus } from '@partwise/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { part } from '../../db/schema';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';
import { bearerFor, signUp } from '../../test/users';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

/** Puts a part in a state only builds, listings and sales can reach (those features arrive later). */
const forceStatus = (id: number, status: PartStatus) =>
  ctx.database.db.update(part).set({ status }).where(eq(part.id, id));

describe('creating and reading parts', () => {
  it('creates a part with defaults and typed specs, and reads it back', async () => {
    const res = await call('POST', '/api/v1/parts', alice, {
      name: 'Ryzen 5 5600X',
      category: 'cpu',
      brand: 'AMD',
      costCents: 9000,
      acquiredAt: '2025-05-02',
      source: 'facebook_marketplace',
      specs: { socket: 'AM4', cores: 6 },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      name: 'Ryzen 5 5600X',
      category: 'cpu',
      condition: 'used',
      status: 'in_stock',
      costCents: 9000,
      acquiredAt: '2025-05-02',
      specs: { socket: 'AM4', cores: 6, tdpW: null, integratedGraphics: null },
    });
    const read = await call('GET', `/api/v1/parts/${created.id}`, alice);
    expect(read.json()).toEqual(created);
  });

  it('refuses bad input with field errors and creates nothing', async () => {
    const cases: [object, string][] = [
      [{ name: 'x', category: 'gpu', costCents: -1 }, 'costCents'],
      [{ name: 'x', category: 'gpu', costCents: 12.5 }, 'costCents'],
      [{ name: 'x', category: 'gpu', costCents: 1_000_000_001 }, 'costCents'],
      [{ name: 'x', category: 'toaster' }, 'category'],
      [{ name: '', category: 'gpu' }, 'name'],
      [{ name: 'x', category: 'gpu', acquiredAt: '2025-02-30' }, 'acquiredAt'],
      [{ name: 'x', category: 'gpu', grade: 7 }, 'grade'],
      [{ name: 'x', category: 'gpu', status: 'sold' }, 'status'],
      [{ name: 'x', category: 'gpu', specs: { socket: 'AM4' } }, 'specs.socket'],
      [{ name: 'x', category: 'gpu', specs: { lengthMm: 'long' } }, 'specs.lengthMm'],
    ];
    const before = (await call('GET', '/api/v1/parts', alice)).json().total;
    for (const [payload, field] of cases) {
      const res = await call('POST', '/api/v1/parts', alice, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.json().error.fields), JSON.stringify(payload)).toContain(field);
    }
    expect((await call('GET', '/api/v1/parts', alice)).json().total).toBe(before);
  });
});

describe('the expected sale price', () => {
  it('is not set by default, can be set and cleared, and is refused when negative', async () => {
    const created = await createPart(ctx.app, alice);
    expect(created.expectedPriceCents).toBeNull();
    const set = await call('PATCH', `/api/v1/parts/${created.id}`, alice, { expectedPriceCents: 32000 });
    expect(set.json().expectedPriceCents).toBe(32000);
    expect((await call('GET', `/api/v1/parts/${created.id}`, alice)).json().expectedPriceCents).toBe(32000);
    const bad = await call('PATCH', `/api/v1/parts/${created.id}`, alice, { expectedPriceCents: -1 });
    expect(bad.json().error.fields).toHaveProperty('expectedPriceCents');
    const cleared = await call('PATCH', `/api/v1/parts/${created.id}`, alice, { expectedPriceCents: null });
    expect(cleared.json().expectedPriceCents).toBeNull();
    const withPrice = await createPart(ctx.app, alice, { expectedPriceCents: 27500 });
    expect(withPrice.expectedPriceCents).toBe(27500);
  });
});

describe('listing parts', () => {
  let ids: Record<string, number>;
  let owner: Record<string, string>;

  beforeAll(async () => {
    owner = await bearerFor(ctx.app, await signUp(ctx.app));
    const make = async (key: string, overrides: object) =>
      [key, (await createPart(ctx.app, owner, overrides)).id] as const;
    ids = Object.fromEntries(
      await Promise.all([
        make('gpuOld', { name: 'GTX 1080 Ti', category: 'gpu', acquiredAt: '2024-01-10', costCents: 15000 }),
        make('gpuNew', {
          name: 'RTX 3070 Ti',
          category: 'gpu',
          acquiredAt: '2025-06-01',
          costCents: 30000,
          serial: 'SN-777',
        }),
        make('cpu', {
          name: 'Core i5-12400F',
          category: 'cpu',
          acquiredAt: '2025-02-01',
          costCents: 8000,
          notes: 'from a bulk lot',
        }),
        make('psu', {
          name: 'RM750x',
          category: 'psu',
          brand: 'Corsair',
          acquiredAt: '2025-02-01',
          status: 'testing',
        }),
      ]),
    );
  });

  it('sorts newest first by default, ties by id', async () => {
    const res = await call('GET', '/api/v1/parts', owner);
    expect(res.json().items.map((p: { id: number }) => p.id)).toEqual([
      ids.gpuNew,
      Math.max(ids.cpu ?? 0, ids.psu ?? 0),
      Math.min(ids.cpu ?? 0, ids.psu ?? 0),
      ids.gpuOld,
    ]);
    expect(res.json()).toMatchObject({ total: 4, page: 1, pageSize: 50 });
  });

  it('filters by status, category, condition and dates, and searches name, brand, serial and notes', async () => {
    const names = async (query: string) =>
      (await call('GET', `/api/v1/parts?${query}`, owner)).json().items.map((p: { name: string }) => p.name);
    expect(await names('category=gpu&sort=costCents')).toEqual(['GTX 1080 Ti', 'RTX 3070 Ti']);
    expect(await names('status=testing')).toEqual(['RM750x']);
    expect(await names('status=in_stock,testing&category=psu,cpu&sort=name')).toEqual([
      'Core i5-12400F',
      'RM750x',
    ]);
    expect(await names('acquiredFrom=2025-01-01&acquiredTo=2025-03-01&sort=name')).toEqual([
      'Core i5-12400F',
      'RM750x',
    ]);
    expect(await names('q=3070')).toEqual(['RTX 3070 Ti']);
    expect(await names('q=corsair')).toEqual(['RM750x']);
    expect(await names('q=sn-777')).toEqual(['RTX 3070 Ti']);
    expect(await names('q=bulk%20lot')).toEqual(['Core i5-12400F']);
    expect(await names('q=50%25')).toEqual([]);
    expect(await names('condition=new')).toEqual([]);
  });

  it('sums counts and cost per status; the inventory value leaves out sold and archived parts', async () => {
    const summary = (await call('GET', '/api/v1/parts/summary', owner)).json();
    expect(summary.byStatus.in_stock).toEqual({ count: 3, costCents: 53000 });
    expect(summary.byStatus.testing).toEqual({ count: 1, costCents: 25000 });
    expect(summary.byStatus.sold).toEqual({ count: 0, costCents: 0 });
    expect(summary).toMatchObject({ inventoryValueCents: 78000, unsoldCount: 4 });
  });

  it('pages with a real total', async () => {
    const first = (await call('GET', '/api/v1/parts?pageSize=3&sort=name', owner)).json();
    const second = (await call('GET', '/api/v1/parts?pageSize=3&page=2&sort=name', owner)).json();
    const beyond = (await call('GET', '/api/v1/parts?pageSize=3&page=9', owner)).json();
    expect([first.items.length, second.items.length, beyond.items.length]).toEqual([3, 1, 0]);
    expect([first.total, second.total, beyond.total]).toEqual([4, 4, 4]);
  });

  it('refuses bad list queries in the error shape', async () => {
    for (const query of ['sort=price', 'pageSize=500', 'page=0', 'status=lost', 'acquiredFrom=yesterday']) {
      const res = await call('GET', `/api/v1/parts?${query}`, owner);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('changing parts', () => {
  it('updates fields, merges specs, and writes every change to the history', async () => {
    const created = await createPart(ctx.app, alice, { specs: { lengthMm: 242 } });
    const res = await call('PATCH', `/api/v1/parts/${created.id}`, alice, {
      costCents: 26000,
      status: 'testing',
      specs: { vramGb: 8 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      costCents: 26000,
      status: 'testing',
      specs: { lengthMm: 242, vramGb: 8 },
    });

    const history = (await call('GET', `/api/v1/parts/${created.id}/history`, alice)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['create', 'update']);
    expect(history[1].changes).toMatchObject({
      costCents: { from: 25000, to: 26000 },
      status: { from: 'in_stock', to: 'testing' },
    });
  });

  it('refuses status changes that only builds, listings and sales may make', async () => {
    const p = await createPart(ctx.app, alice);
    const toSold = await call('PATCH', `/api/v1/parts/${p.id}`, alice, { status: 'sold' });
    expect(toSold.statusCode).toBe(422);
    expect(toSold.json().error.message).toMatch(/record its sale/);
    expect((await call('PATCH', `/api/v1/parts/${p.id}`, alice, { status: 'in_build' })).statusCode).toBe(
      422,
    );

    await forceStatus(p.id, 'in_build');
    const archive = await call('PATCH', `/api/v1/parts/${p.id}`, alice, { status: 'archived' });
    expect(archive.statusCode).toBe(409);
    expect(archive.json().error.message).toMatch(/in a build/);
    await forceStatus(p.id, 'sold');
    expect((await call('PATCH', `/api/v1/parts/${p.id}`, alice, { status: 'in_stock' })).statusCode).toBe(
      422,
    );
    expect((await call('GET', `/api/v1/parts/${p.id}`, alice)).json().status).toBe('sold');
  });

  it('deletes an unused part, and refuses to delete one tied to a build (archive instead)', async () => {
    const unused = await createPart(ctx.app, alice);
    expect((await call('DELETE', `/api/v1/parts/${unused.id}`, alice)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/parts/${unused.id}`, alice)).statusCode).toBe(404);

    const used = await createPart(ctx.app, alice);
    await forceStatus(used.id, 'listed');
    const res = await call('DELETE', `/api/v1/parts/${used.id}`, alice);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/archive it instead/);
  });
});

describe('bulk changes', () => {
  it('archives many parts in one go', async () => {
    const a = await createPart(ctx.app, alice);
    const b = await createPart(ctx.app, alice);
    const res = await call('POST', '/api/v1/parts/bulk', alice, { ids: [a.id, b.id], action: 'archive' });
    expect(res.json()).toEqual({ updated: 2 });
    for (const id of [a.id, b.id])
      expect((await call('GET', `/api/v1/parts/${id}`, alice)).json().status).toBe('archived');
  });

  it('is all or nothing: one refused part changes none', async () => {
    const free = await createPart(ctx.app, alice);
    const tied = await createPart(ctx.app, alice);
    await forceStatus(tied.id, 'in_build');
    const res = await call('POST', '/api/v1/parts/bulk', alice, {
      ids: [free.id, tied.id],
      action: 'archive',
    });
    expect(res.statusCode).toBe(409);
    expect((await call('GET', `/api/v1/parts/${free.id}`, alice)).json().status).toBe('in_stock');
  });

  it('limits a request to 500 parts', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => i + 1);
    const res = await call('POST', '/api/v1/parts/bulk', alice, { ids, action: 'archive' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('ids');
  });
});

describe("another user's parts", () => {
  it('answer 404 on every route, exactly as a part that does not exist, and stay unchanged', async () => {
    const mine = await createPart(ctx.app, alice, { name: 'Alice only' });
    const missing = 987654321;
    const attempts: ['GET' | 'PATCH' | 'DELETE' | 'POST', string, object?][] = [
      ['GET', '/api/v1/parts/ID'],
      ['PATCH', '/api/v1/parts/ID', { name: 'stolen' }],
      ['DELETE', '/api/v1/parts/ID'],
      ['GET', '/api/v1/parts/ID/history'],
    ];
    for (const [method, url, payload] of attempts) {
      const theirs = await call(method, url.replace('ID', String(mine.id)), bob, payload);
      const nothing = await call(method, url.replace('ID', String(missing)), bob, payload);
      expect(theirs.statusCode, `${method} ${url}`).toBe(404);
      expect(theirs.json()).toEqual(nothing.json());
    }
    const bulk = await call('POST', '/api/v1/parts/bulk', bob, { ids: [mine.id], action: 'archive' });
    expect(bulk.statusCode).toBe(404);
    const list = (await call('GET', '/api/v1/parts?q=Alice', bob)).json();
    expect(list.total).toBe(0);
    expect((await call('GET', `/api/v1/parts/${mine.id}`, alice)).json()).toMatchObject({
      name: 'Alice only',
      status: 'in_stock',
    });
  });
});
