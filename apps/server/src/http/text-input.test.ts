import { toCsv } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpAdmin } from '../test/admin';
import { createTestApp, type TestContext } from '../test/app';
import { createPart } from '../test/parts';
import { bearerFor, signUp } from '../test/users';

// The cases of the fuzzing report (issue 8, items 2 and 3), each on real records: before the shared text
// rules they answered 500 (NUL cannot be stored in PostgreSQL text, a lone surrogate not in a JSON column).

let ctx: TestContext;
let alice: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestApp();
  alice = await bearerFor(ctx.app, await signUp(ctx.app));
  admin = (await signUpAdmin(ctx)).cookie;
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
const call = (method: Method, url: string, payload?: object, headers = alice) =>
  ctx.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const get = async (url: string) => (await call('GET', url)).json();

/** A 400 VALIDATION_FAILED whose only field error is `field`. */
async function expectRefused(response: Promise<{ statusCode: number; json(): unknown }>, field: string) {
  const res = await response;
  const body = res.json() as { error: { code: string; fields: Record<string, string> } };
  expect(res.statusCode, JSON.stringify(body)).toBe(400);
  expect(body.error.code).toBe('VALIDATION_FAILED');
  expect(Object.keys(body.error.fields)).toEqual([field]);
}

const NUL = 'a\u0000b';
const LONE = 'x\ud800y';

describe('parts', () => {
  it('refuses NUL and a lone surrogate in serial, notes and specs on update, and the part is unchanged', async () => {
    const part = await createPart(ctx.app, alice, { serial: 'SN-1', notes: 'Repasted' });
    for (const [field, value] of [
      ['serial', LONE],
      ['notes', LONE],
      ['serial', NUL],
      ['notes', NUL],
      ['name', NUL],
    ] as const) {
      await expectRefused(call('PATCH', `/api/v1/parts/${part.id}`, { [field]: value }), field);
    }
    await expectRefused(
      call('PATCH', `/api/v1/parts/${part.id}`, { specs: { chipset: NUL } }),
      'specs.chipset',
    );
    expect(await get(`/api/v1/parts/${part.id}`)).toEqual(part);
    // Nothing half-written: the history still holds the creation only.
    expect((await get(`/api/v1/parts/${part.id}/history`)).items).toHaveLength(1);
  });

  it('refuses the same on create', async () => {
    const total = (await get('/api/v1/parts')).total;
    const base = { name: 'RTX 3070', category: 'gpu', acquiredAt: '2025-03-01' };
    await expectRefused(call('POST', '/api/v1/parts', { ...base, serial: LONE }), 'serial');
    await expectRefused(call('POST', '/api/v1/parts', { ...base, notes: NUL }), 'notes');
    await expectRefused(call('POST', '/api/v1/parts', { ...base, brand: 'EV\u001bGA' }), 'brand');
    await expectRefused(
      call('POST', '/api/v1/parts', { ...base, specs: { chipset: LONE } }),
      'specs.chipset',
    );
    expect((await get('/api/v1/parts')).total).toBe(total);
  });

  it('keeps tabs everywhere and line breaks in notes', async () => {
    const part = await createPart(ctx.app, alice, {
      name: 'RTX\t3070',
      notes: 'Line 1\r\nLine 2\n\tindented',
    });
    expect(part).toMatchObject({ name: 'RTX\t3070', notes: 'Line 1\r\nLine 2\n\tindented' });
    await expectRefused(call('PATCH', `/api/v1/parts/${part.id}`, { serial: 'SN\n2' }), 'serial');
  });
});

describe('lots, builds, planned items, sales, expenses and tokens', () => {
  it('a lot refuses NUL in its own text and in a part’s', async () => {
    const lot = {
      name: 'Haul',
      totalCostCents: 1000,
      acquiredAt: '2025-03-01',
      parts: [{ name: 'Fan', category: 'other' }],
    };
    await expectRefused(call('POST', '/api/v1/lots', { ...lot, name: NUL }), 'name');
    await expectRefused(call('POST', '/api/v1/lots', { ...lot, notes: LONE }), 'notes');
    await expectRefused(
      call('POST', '/api/v1/lots', { ...lot, parts: [{ name: 'Fan', category: 'other', serial: NUL }] }),
      'parts.0.serial',
    );
    expect((await get('/api/v1/lots')).total).toBe(0);
  });

  it('a build and its planned items refuse NUL and lone surrogates', async () => {
    await expectRefused(call('POST', '/api/v1/builds', { name: NUL }), 'name');
    const build = (
      await call('POST', '/api/v1/builds', { name: 'Ryzen gamer', notes: 'for a friend' })
    ).json();
    await expectRefused(call('PATCH', `/api/v1/builds/${build.id}`, { notes: LONE }), 'notes');
    await expectRefused(call('PATCH', `/api/v1/builds/${build.id}`, { name: NUL }), 'name');
    await expectRefused(
      call('POST', `/api/v1/builds/${build.id}/planned`, { category: 'psu', name: NUL }),
      'name',
    );
    const after = await get(`/api/v1/builds/${build.id}`);
    expect(after).toMatchObject({ name: 'Ryzen gamer', notes: 'for a friend', planned: [] });
  });

  it('a sale’s buyer note and a refund note refuse NUL', async () => {
    const part = await createPart(ctx.app, alice);
    await expectRefused(
      call('POST', '/api/v1/sales', { partId: part.id, priceCents: 30000, buyerNote: NUL }),
      'buyerNote',
    );
    const sale = (await call('POST', '/api/v1/sales', { partId: part.id, priceCents: 30000 })).json();
    await expectRefused(
      call('POST', `/api/v1/sales/${sale.id}/refund`, { amountCents: 100, restock: false, note: NUL }),
      'note',
    );
    await expectRefused(call('PATCH', `/api/v1/sales/${sale.id}`, { buyerNote: LONE }), 'buyerNote');
    expect(await get(`/api/v1/sales/${sale.id}`)).toMatchObject({ refundedCents: 0, buyerNote: null });
  });

  it('an expense refuses NUL on create and update', async () => {
    const body = {
      spentAt: '2025-03-01',
      category: 'tools',
      amountCents: 1299,
      description: 'Screwdriver set',
    };
    await expectRefused(call('POST', '/api/v1/expenses', { ...body, description: NUL }), 'description');
    const expense = (await call('POST', '/api/v1/expenses', body)).json();
    await expectRefused(
      call('PATCH', `/api/v1/expenses/${expense.id}`, { description: LONE }),
      'description',
    );
    expect((await get(`/api/v1/expenses/${expense.id}`)).description).toBe('Screwdriver set');
  });

  it('a token name refuses NUL', async () => {
    await expectRefused(call('POST', '/api/v1/tokens', { name: NUL }), 'name');
  });
});

describe('searches and paths', () => {
  it.each([
    '/api/v1/parts',
    '/api/v1/parts/export.csv',
    '/api/v1/catalog',
    '/api/v1/builds',
    '/api/v1/listings',
    '/api/v1/sales',
    '/api/v1/expenses',
  ])('GET %s?q=%00 → 400 naming q', async (path) => {
    await expectRefused(call('GET', `${path}?q=%00`), 'q');
  });

  it('GET /api/v1/admin/users?q=%00 and PATCH /api/v1/admin/users/%00 → 400', async () => {
    await expectRefused(call('GET', '/api/v1/admin/users?q=%00', undefined, admin), 'q');
    await expectRefused(call('PATCH', '/api/v1/admin/users/%00', { suspended: true }, admin), 'id');
  });

  it('GET /api/v1/catalog/%00 → 400', async () => {
    await expectRefused(call('GET', '/api/v1/catalog/%00'), 'id');
  });
});

describe('CSV import', () => {
  const mapping = { name: 'Item', category: 'Type', notes: 'Notes' };

  it('reports a control character or a lone surrogate in a cell as that row’s problem; imports nothing', async () => {
    const csv = toCsv([
      ['Item', 'Type', 'Notes'],
      ['RTX 3070', 'gpu', 'fine'],
      ['RX 6800', 'gpu', 'red \u001b[31m text'],
      [`RX${LONE}`, 'gpu', ''],
    ]);
    const before = (await get('/api/v1/parts')).total;
    const dryRun = await call('POST', '/api/v1/parts/import/dry-run', { csv, mapping });
    expect(dryRun.statusCode, dryRun.body).toBe(200);
    expect(dryRun.json()).toMatchObject({ rowCount: 3, validCount: 1, problemCount: 2 });
    expect(dryRun.json().problems.map((p: { row: number; field: string }) => [p.row, p.field])).toEqual([
      [3, 'notes'],
      [4, 'name'],
    ]);
    const imported = await call('POST', '/api/v1/parts/import', { csv, mapping });
    expect(imported.statusCode).toBe(422);
    expect((await get('/api/v1/parts')).total).toBe(before);
  });

  it('refuses a file with NUL in it as a whole (a UTF-16 or binary file), naming csv', async () => {
    const csv = toCsv([
      ['Item', 'Type', 'Notes'],
      ['RX 6800', 'gpu', NUL],
    ]);
    await expectRefused(call('POST', '/api/v1/parts/import/dry-run', { csv, mapping }), 'csv');
  });
});
