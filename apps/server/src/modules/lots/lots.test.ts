import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Headers } from '../../test/app-with-users';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;

beforeAll(async () => {
  ({ ctx, alice, bob } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

const haul = {
  name: 'Whole PC from Marketplace',
  totalCostCents: 30000,
  acquiredAt: '2025-09-14',
  source: 'facebook_marketplace',
  parts: [
    { name: 'RTX 2070 Super', category: 'gpu', weight: 3 },
    { name: 'Ryzen 7 3700X', category: 'cpu', weight: 1.5 },
    { name: 'B450 Tomahawk', category: 'motherboard', weight: 1.5 },
  ],
};

describe('purchase lots', () => {
  it('creates the lot and its parts, splitting the price by weight to the cent', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/lots', headers: alice, payload: haul });
    expect(res.statusCode).toBe(201);
    const lot = res.json();
    expect(lot).toMatchObject({ name: haul.name, totalCostCents: 30000, partCount: 3 });
    expect(lot.parts.map((p: { costCents: number }) => p.costCents)).toEqual([15000, 7500, 7500]);
    for (const p of lot.parts) {
      expect(p).toMatchObject({
        lotId: lot.id,
        acquiredAt: '2025-09-14',
        source: 'facebook_marketplace',
        status: 'in_stock',
      });
    }
    const inInventory = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/parts?lotId=${lot.id}`,
      headers: alice,
    });
    expect(inInventory.json().total).toBe(3);
  });

  it('splits equally without weights, and the costs always sum to the total', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/lots',
      headers: alice,
      payload: {
        name: 'Box of RAM',
        totalCostCents: 10000,
        acquiredAt: '2025-10-01',
        parts: [1, 2, 3].map((n) => ({ name: `8GB DDR4 stick ${n}`, category: 'memory' })),
      },
    });
    const costs = res.json().parts.map((p: { costCents: number }) => p.costCents);
    expect(costs).toEqual([3334, 3333, 3333]);
    expect(costs.reduce((a: number, b: number) => a + b, 0)).toBe(10000);
  });

  it('refuses a bad lot whole: nothing is created', async () => {
    const before = (await ctx.app.inject({ method: 'GET', url: '/api/v1/parts', headers: alice })).json()
      .total;
    const bad = {
      ...haul,
      parts: [haul.parts[0], { name: 'Mystery', category: 'gpu', specs: { socket: 'AM4' } }],
    };
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/lots', headers: alice, payload: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty(['specs.socket']);
    const empty = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/lots',
      headers: alice,
      payload: { ...haul, parts: [] },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toHaveProperty('parts');
    const negative = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/lots',
      headers: alice,
      payload: { ...haul, totalCostCents: -5 },
    });
    expect(negative.json().error.fields).toHaveProperty('totalCostCents');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/parts', headers: alice })).json().total).toBe(
      before,
    );
  });

  it('lists lots and shows one with its parts; another user gets 404', async () => {
    const created = (
      await ctx.app.inject({ method: 'POST', url: '/api/v1/lots', headers: alice, payload: haul })
    ).json();
    const list = (await ctx.app.inject({ method: 'GET', url: '/api/v1/lots', headers: alice })).json();
    expect(list.items.map((l: { acquiredAt: string }) => l.acquiredAt)).toEqual([
      '2025-10-01',
      '2025-09-14',
      '2025-09-14',
    ]);
    expect(list.items.find((l: { id: number }) => l.id === created.id)).toMatchObject({ partCount: 3 });
    const one = await ctx.app.inject({ method: 'GET', url: `/api/v1/lots/${created.id}`, headers: alice });
    expect(one.json().parts).toHaveLength(3);

    const theirs = await ctx.app.inject({ method: 'GET', url: `/api/v1/lots/${created.id}`, headers: bob });
    const none = await ctx.app.inject({ method: 'GET', url: '/api/v1/lots/99999999', headers: bob });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json()).toEqual(none.json());
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/lots', headers: bob })).json().total).toBe(0);
  });
});
