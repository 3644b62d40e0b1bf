import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers, type Method } from '../../test/app-with-users';
import { createPart } from '../../test/parts';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

async function newBuild(
  headers: Record<string, string>,
  body: object = { name: 'Budget 1080p gamer', targetPriceCents: 60000 },
) {
  const res = await call('POST', '/api/v1/builds', headers, body);
  expect(res.statusCode).toBe(201);
  return res.json();
}

const statusOf = async (id: number) => (await call('GET', `/api/v1/parts/${id}`, alice)).json().status;

describe('builds', () => {
  it('puts stock parts in, rolls up owned and planned cost against the target price', async () => {
    const b = await newBuild(alice);
    const cpu = await createPart(ctx.app, alice, {
      name: 'Ryzen 5 5600X',
      category: 'cpu',
      costCents: 9000,
      specs: { socket: 'AM4' },
    });
    const board = await createPart(ctx.app, alice, {
      name: 'MSI B550-A PRO',
      category: 'motherboard',
      costCents: 7000,
      specs: { socket: 'AM4' },
    });
    await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: cpu.id });
    const withBoard = await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: board.id });
    expect(withBoard.statusCode).toBe(200);
    const planned = await call('POST', `/api/v1/builds/${b.id}/planned`, alice, {
      category: 'psu',
      name: '650 W Bronze PSU',
      expectedCostCents: 4500,
    });
    const detail = planned.json();
    expect(detail.parts.map((p: { id: number }) => p.id)).toEqual([cpu.id, board.id]);
    expect(detail.planned).toHaveLength(1);
    expect(detail.money).toEqual({
      ownedCostCents: 16000,
      plannedCostCents: 4500,
      totalCostCents: 20500,
      targetPriceCents: 60000,
      expectedProfitCents: 39500,
    });
    expect(detail.compatibility.status).toMatch(/ok|warnings|errors/);
    expect(await statusOf(cpu.id)).toBe('in_build');

    const list = (await call('GET', '/api/v1/builds', alice)).json();
    expect(list.items.find((x: { id: number }) => x.id === b.id)).toMatchObject({
      partCount: 2,
      plannedCount: 1,
      money: { totalCostCents: 20500 },
      // No memory, storage or case yet: nothing wrong so far is not "compatible".
      compatibilityComplete: false,
    });
  });

  it('reports a socket mismatch and clears it when the board is swapped', async () => {
    const b = await newBuild(alice);
    const cpu = await createPart(ctx.app, alice, {
      name: 'Ryzen 5 5600X',
      category: 'cpu',
      specs: { socket: 'AM4' },
    });
    const wrong = await createPart(ctx.app, alice, {
      name: 'MSI PRO Z690-A',
      category: 'motherboard',
      specs: { socket: 'LGA1700' },
    });
    const right = await createPart(ctx.app, alice, {
      name: 'ASUS TUF B550-PLUS',
      category: 'motherboard',
      specs: { socket: 'AM4' },
    });
    await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: cpu.id });
    const bad = (await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: wrong.id })).json();
    expect(bad.compatibility.status).toBe('errors');
    const mismatch = bad.compatibility.findings.find(
      (f: { code: string }) => f.code === 'CPU_SOCKET_MISMATCH',
    );
    expect(mismatch.partIds).toEqual(expect.arrayContaining([`part:${cpu.id}`, `part:${wrong.id}`]));

    await call('DELETE', `/api/v1/builds/${b.id}/parts/${wrong.id}`, alice);
    const good = (await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: right.id })).json();
    expect(good.compatibility.findings.map((f: { code: string }) => f.code)).not.toContain(
      'CPU_SOCKET_MISMATCH',
    );
    expect(await statusOf(wrong.id)).toBe('in_stock');
    const report = (await call('GET', `/api/v1/builds/${b.id}/compatibility`, alice)).json();
    expect(report).toEqual(good.compatibility);
  });

  it('refuses a part that is not in stock, and parts out a build back to stock', async () => {
    const b = await newBuild(alice);
    const gpu = await createPart(ctx.app, alice, { status: 'testing' });
    const res = await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: gpu.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/not in stock/);

    const a = await createPart(ctx.app, alice);
    const c = await createPart(ctx.app, alice, { category: 'cpu', name: 'i5-12400F' });
    await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: a.id });
    await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: c.id });
    const archive = await call('PATCH', `/api/v1/parts/${a.id}`, alice, { status: 'archived' });
    expect(archive.statusCode).toBe(409);
    const out = await call('POST', `/api/v1/builds/${b.id}/part-out`, alice);
    expect(out.json()).toMatchObject({ partCount: 0, status: 'planning' });
    expect([await statusOf(a.id), await statusOf(c.id)]).toEqual(['in_stock', 'in_stock']);
  });

  it('only lets a user set planning, assembling and ready, and deletes only empty or planning builds', async () => {
    const b = await newBuild(alice);
    expect((await call('PATCH', `/api/v1/builds/${b.id}`, alice, { status: 'sold' })).statusCode).toBe(422);
    const p = await createPart(ctx.app, alice);
    await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: p.id });
    await call('PATCH', `/api/v1/builds/${b.id}`, alice, { status: 'assembling' });
    expect((await call('DELETE', `/api/v1/builds/${b.id}`, alice)).statusCode).toBe(409);
    await call('PATCH', `/api/v1/builds/${b.id}`, alice, { status: 'planning' });
    expect((await call('DELETE', `/api/v1/builds/${b.id}`, alice)).statusCode).toBe(204);
    expect(await statusOf(p.id)).toBe('in_stock');
  });

  it('validates input in the error shape', async () => {
    expect((await call('POST', '/api/v1/builds', alice, { name: '' })).json().error.fields).toHaveProperty(
      'name',
    );
    expect(
      (await call('POST', '/api/v1/builds', alice, { name: 'x', targetPriceCents: -1 })).statusCode,
    ).toBe(400);
    const b = await newBuild(alice);
    const planned = await call('POST', `/api/v1/builds/${b.id}/planned`, alice, {
      category: 'gpu',
      expectedCostCents: 100,
    });
    expect(planned.statusCode).toBe(400);
    expect(planned.json().error.fields).toHaveProperty('name');
  });
});

describe("another user's builds", () => {
  it('answer 404 on every route, and a build cannot take another user’s part', async () => {
    const mine = await newBuild(alice);
    const myPart = await createPart(ctx.app, alice);
    const theirBuild = await newBuild(bob);
    const attempts: [Method, string, object?][] = [
      ['GET', '/api/v1/builds/ID'],
      ['PATCH', '/api/v1/builds/ID', { name: 'x' }],
      ['DELETE', '/api/v1/builds/ID'],
      ['GET', '/api/v1/builds/ID/compatibility'],
      ['POST', '/api/v1/builds/ID/parts', { partId: 1 }],
      ['DELETE', '/api/v1/builds/ID/parts/1'],
      ['POST', '/api/v1/builds/ID/planned', { category: 'gpu', name: 'x' }],
      ['DELETE', '/api/v1/builds/ID/planned/1'],
      ['POST', '/api/v1/builds/ID/part-out'],
    ];
    for (const [method, url, payload] of attempts) {
      const theirs = await call(method, url.replace('ID', String(mine.id)), bob, payload);
      const nothing = await call(method, url.replace('ID', '99999999'), bob, payload);
      expect(theirs.statusCode, `${method} ${url}`).toBe(404);
      expect(theirs.json()).toEqual(nothing.json());
    }
    const steal = await call('POST', `/api/v1/builds/${theirBuild.id}/parts`, bob, { partId: myPart.id });
    expect(steal.statusCode).toBe(404);
    expect(await statusOf(myPart.id)).toBe('in_stock');
    const check = await call('POST', '/api/v1/compatibility/check', bob, { items: [{ partId: myPart.id }] });
    expect(check.statusCode).toBe(404);
  });
});

describe('stateless compatibility check', () => {
  it('checks spec sheets and your own parts without saving anything', async () => {
    const cpu = await createPart(ctx.app, alice, {
      name: 'Ryzen 5 5600X',
      category: 'cpu',
      specs: { socket: 'AM4' },
    });
    const res = await call('POST', '/api/v1/compatibility/check', alice, {
      items: [
        { partId: cpu.id },
        { category: 'motherboard', name: 'Z690 board', specs: { socket: 'LGA1700' } },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().findings.map((f: { code: string }) => f.code)).toContain('CPU_SOCKET_MISMATCH');
    const bad = await call('POST', '/api/v1/compatibility/check', alice, {
      items: [{ category: 'gpu', specs: { socket: 1 } }],
    });
    expect(bad.statusCode).toBe(400);
  });
});
