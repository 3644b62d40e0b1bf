import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

describe('expenses', () => {
  it('creates, lists with filters and a sum, changes and deletes', async () => {
    const a = (
      await call('POST', '/api/v1/expenses', alice, {
        spentAt: '2025-05-01',
        category: 'mileage',
        amountCents: 3350,
        description: 'Pickup run, 50 mi',
      })
    ).json();
    const b = (
      await call('POST', '/api/v1/expenses', alice, {
        spentAt: '2025-05-03',
        category: 'consumables',
        amountCents: 899,
        description: 'Arctic MX-4',
      })
    ).json();
    const list = (await call('GET', '/api/v1/expenses', alice)).json();
    expect(list).toMatchObject({ total: 2, totalCents: 4249, page: 1, pageSize: 50 });
    expect(list.items.map((e: { id: number }) => e.id)).toEqual([b.id, a.id]);
    const miles = (await call('GET', '/api/v1/expenses?category=mileage&q=pickup', alice)).json();
    expect(miles.items.map((e: { id: number }) => e.id)).toEqual([a.id]);
    const changed = await call('PATCH', `/api/v1/expenses/${a.id}`, alice, { amountCents: 3400 });
    expect(changed.json()).toMatchObject({ amountCents: 3400, category: 'mileage' });
    expect((await call('DELETE', `/api/v1/expenses/${b.id}`, alice)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/expenses/${b.id}`, alice)).statusCode).toBe(404);
  });

  it('validates input and answers 404 for another user on every route', async () => {
    const bad = await call('POST', '/api/v1/expenses', alice, {
      spentAt: '2025-13-01',
      category: 'snacks',
      amountCents: -1,
      description: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'amountCents',
      'category',
      'description',
      'spentAt',
    ]);
    const e = (
      await call('POST', '/api/v1/expenses', alice, {
        spentAt: '2025-05-01',
        category: 'tools',
        amountCents: 1999,
        description: 'Screwdriver set',
      })
    ).json();
    const url = `/api/v1/expenses/${e.id}`;
    expect((await call('GET', url, bob)).statusCode).toBe(404);
    expect((await call('PATCH', url, bob, { amountCents: 1 })).statusCode).toBe(404);
    expect((await call('DELETE', url, bob)).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/expenses', bob)).json().total).toBe(0);
    expect((await call('GET', url, alice)).json().amountCents).toBe(1999);
  });
});
