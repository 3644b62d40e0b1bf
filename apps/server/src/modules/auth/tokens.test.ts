import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app';
import { signUp, type TestUser } from '../../test/users';

let ctx: TestContext;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  ctx = await createTestApp();
  alice = await signUp(ctx.app, { name: 'Alice' });
  bob = await signUp(ctx.app, { name: 'Bob' });
});
afterAll(() => ctx.close());

const inject = (
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => ctx.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

describe('personal API tokens', () => {
  it('creates a token shown once, lists it without the secret, and it works like a session', async () => {
    const created = await inject('POST', '/api/v1/tokens', alice.cookie, { name: 'inventory script' });
    expect(created.statusCode).toBe(201);
    const { id, token, name } = created.json();
    expect(name).toBe('inventory script');
    expect(token).toMatch(/^pwf_[A-Za-z0-9_-]{40,}$/);

    const list = await inject('GET', '/api/v1/tokens', alice.cookie);
    expect(list.json().items).toEqual([
      { id, name: 'inventory script', createdAt: expect.any(String), lastUsedAt: null },
    ]);
    expect(list.body).not.toContain(token);

    const who = await inject('GET', '/api/v1/me', { authorization: `Bearer ${token}` });
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ id: alice.id, email: alice.email });

    // A bearer token needs no Origin: scripts are not browsers.
    const viaToken = await inject(
      'POST',
      '/api/v1/tokens',
      { authorization: `Bearer ${token}` },
      { name: 'second' },
    );
    expect(viaToken.statusCode).toBe(201);

    const listAfterUse = await inject('GET', '/api/v1/tokens', alice.cookie);
    const used = listAfterUse.json().items.find((t: { id: string }) => t.id === id);
    expect(used.lastUsedAt).not.toBeNull();
  });

  it('stores only a hash of the secret', async () => {
    const created = await inject('POST', '/api/v1/tokens', alice.cookie, { name: 'hash check' });
    const { token } = created.json();
    const rows = await ctx.database.db.query.apiToken.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.tokenHash).not.toContain(token.slice(4));
  });

  it('rejects unknown, malformed and revoked tokens with 401', async () => {
    for (const authorization of ['Bearer pwf_notarealtoken', 'Bearer', 'Basic abc', 'Bearer x y']) {
      const res = await inject('GET', '/api/v1/me', { authorization });
      expect(res.statusCode, authorization).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
    const created = await inject('POST', '/api/v1/tokens', alice.cookie, { name: 'to revoke' });
    const { id, token } = created.json();
    const revoke = await inject('DELETE', `/api/v1/tokens/${id}`, alice.cookie);
    expect(revoke.statusCode).toBe(204);
    expect((await inject('GET', '/api/v1/me', { authorization: `Bearer ${token}` })).statusCode).toBe(401);
  });

  it("never shows or revokes another user's tokens (404, as for a token that does not exist)", async () => {
    const created = await inject('POST', '/api/v1/tokens', alice.cookie, { name: 'alice only' });
    const { id, token } = created.json();

    const bobList = await inject('GET', '/api/v1/tokens', bob.cookie);
    expect(bobList.json().items).toEqual([]);

    const bobRevoke = await inject('DELETE', `/api/v1/tokens/${id}`, bob.cookie);
    const missing = await inject('DELETE', '/api/v1/tokens/00000000-0000-4000-8000-000000000000', bob.cookie);
    expect(bobRevoke.statusCode).toBe(404);
    expect(bobRevoke.json()).toEqual(missing.json());
    expect((await inject('GET', '/api/v1/me', { authorization: `Bearer ${token}` })).statusCode).toBe(200);
  });

  it('validates the token name and id', async () => {
    const blank = await inject('POST', '/api/v1/tokens', alice.cookie, { name: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields).toEqual({ name: 'is required' });
    const badId = await inject('DELETE', '/api/v1/tokens/not-a-uuid', alice.cookie);
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.fields).toHaveProperty('id');
  });
});
