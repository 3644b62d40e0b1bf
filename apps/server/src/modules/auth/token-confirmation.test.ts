import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import { part, user } from '../../db/schema';
import { anotherInstance, createTestApp, type TestContext } from '../../test/app';
import { apiTokenFor, signUp } from '../../test/users';
import { createTokensService } from './tokens.service';

// The hot read routes answer a token their process remembers without reading it first; their statement
// confirms it. Each case below warms the second instance's memory, changes the token or its user through the
// first instance or the database, and asks the second instance again: a plain cache would answer 200.

const SUMMARY = '/api/v1/analytics/summary';
const SERIES = '/api/v1/analytics/timeseries?granularity=month&from=2025-01-01&to=2025-12-31';
const PARTS = '/api/v1/parts';
// Sorted by value: a path whose statements do not confirm the token (the guard reads it before answering).
const PARTS_BY_VALUE = '/api/v1/parts?sort=-valueCents';
const MISSING_PART = '/api/v1/parts/999999999';
const CONFIRMING = [SUMMARY, SERIES, PARTS, PARTS_BY_VALUE, MISSING_PART];
// 05:00 UTC on New Year's Day is still New Year's Eve in Los Angeles.
const clock = fixedClock('2026-01-01T05:00:00Z');

let ctx: TestContext;
let second: FastifyInstance;

beforeAll(async () => {
  ctx = await createTestApp({}, { clock });
  second = await anotherInstance(ctx, { clock });
});
afterAll(async () => {
  await second.close();
  await ctx.close();
});

const get = (app: FastifyInstance, url: string, headers: Record<string, string>) =>
  app.inject({ method: 'GET', url, headers });

/** Asks the second instance twice: the first answer reads the token, the second is answered from memory. */
async function warm(bearer: Record<string, string>): Promise<void> {
  for (let i = 0; i < 2; i++) {
    for (const url of CONFIRMING) {
      const answer = await get(second, url, bearer);
      expect(answer.statusCode, url).toBe(url === MISSING_PART ? 404 : 200);
    }
  }
}

describe('a remembered API token, confirmed by the route statement', () => {
  // One token per route: the first refusal makes the process forget the token, so each route needs its own.
  it.each(CONFIRMING)('is refused on every instance as soon as it is revoked: %s', async (url) => {
    const owner = await signUp(ctx.app);
    const { id, bearer } = await apiTokenFor(ctx.app, owner);
    await warm(bearer);
    const revoked = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${id}`,
      headers: owner.cookie,
    });
    expect(revoked.statusCode).toBe(204);

    const answer = await get(second, url, bearer);
    expect(answer.statusCode).toBe(401);
    expect(answer.json().error.code).toBe('UNAUTHENTICATED');
  });

  it("answers a refusal, not the route's own error, to a revoked token", async () => {
    const owner = await signUp(ctx.app);
    const { id, bearer } = await apiTokenFor(ctx.app, owner);
    await warm(bearer);
    const backwards = `${SUMMARY}?from=2025-02-01&to=2025-01-01`;
    expect((await get(second, backwards, bearer)).statusCode).toBe(400);
    await ctx.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: owner.cookie });
    expect((await get(second, backwards, bearer)).statusCode).toBe(401);
  });

  it.each(CONFIRMING)('is refused while its user is suspended, and works again after: %s', async (url) => {
    const owner = await signUp(ctx.app);
    const { bearer } = await apiTokenFor(ctx.app, owner);
    await warm(bearer);
    await ctx.database.db.update(user).set({ banned: true }).where(eq(user.id, owner.id));
    expect((await get(second, url, bearer)).statusCode).toBe(401);

    await ctx.database.db.update(user).set({ banned: false }).where(eq(user.id, owner.id));
    expect((await get(second, url, bearer)).statusCode).toBe(url === MISSING_PART ? 404 : 200);

    // A ban that has run out no longer refuses, whether the token is read or recalled.
    const expired = { banned: true, banExpires: new Date('2025-12-31T00:00:00Z') };
    await ctx.database.db.update(user).set(expired).where(eq(user.id, owner.id));
    for (let i = 0; i < 2; i++)
      expect((await get(second, url, bearer)).statusCode).toBe(url === MISSING_PART ? 404 : 200);
  });

  it("answers in the user's new time zone as soon as it changes", async () => {
    const owner = await signUp(ctx.app, { timezone: 'UTC' });
    const { bearer } = await apiTokenFor(ctx.app, owner);
    await warm(bearer);
    expect((await get(second, SUMMARY, bearer)).json().current).toMatchObject({ from: '2026-01-01' });

    const moved = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: owner.cookie,
      payload: { timezone: 'America/Los_Angeles' },
    });
    expect(moved.statusCode).toBe(200);
    // This month, in the owner's calendar: December 2025 in Los Angeles.
    const current = (await get(second, SUMMARY, bearer)).json().current;
    expect(current).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
  });

  it("answers the owner's own figures: another user's token never reads them", async () => {
    const alice = await signUp(ctx.app);
    const bob = await signUp(ctx.app);
    const alices = await apiTokenFor(ctx.app, alice);
    const bobs = await apiTokenFor(ctx.app, bob);
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/parts',
      headers: alices.bearer,
      payload: { name: 'RTX 3070', category: 'gpu', condition: 'used', costCents: 25_000 },
    });
    await warm(alices.bearer);
    await warm(bobs.bearer);
    expect((await get(second, SUMMARY, alices.bearer)).json().stock.units).toBe(1);
    expect((await get(second, SUMMARY, bobs.bearer)).json().stock.units).toBe(0);
    const alicesParts = (await get(second, PARTS, alices.bearer)).json();
    expect(alicesParts.items.map((p: { name: string }) => p.name)).toEqual(['RTX 3070']);
    expect((await get(second, PARTS, bobs.bearer)).json().total).toBe(0);
    const partId = alicesParts.items[0].id;
    expect((await get(second, `${PARTS}/${partId}`, alices.bearer)).statusCode).toBe(200);
    expect((await get(second, `${PARTS}/${partId}`, bobs.bearer)).statusCode).toBe(404);
  });
});

describe('creating a part with a remembered API token', () => {
  const CPU = { name: 'Ryzen 5 5600', category: 'cpu', condition: 'used', costCents: 9_000 };
  const create = (headers: Record<string, string>, payload: object = CPU) =>
    second.inject({ method: 'POST', url: PARTS, headers, payload });
  const partsOf = async (ownerId: string) =>
    (await ctx.database.db.select().from(part).where(eq(part.ownerId, ownerId))).length;

  /** Two creates on the second instance: the first reads the token, the second is answered from memory. */
  async function warmCreate(owner: { id: string }, bearer: Record<string, string>): Promise<void> {
    for (let i = 0; i < 2; i++) expect((await create(bearer)).statusCode).toBe(201);
    expect(await partsOf(owner.id)).toBe(2);
  }

  it('creates nothing once the token is revoked, on every instance', async () => {
    const owner = await signUp(ctx.app);
    const { id, bearer } = await apiTokenFor(ctx.app, owner);
    await warmCreate(owner, bearer);
    await ctx.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: owner.cookie });

    const answer = await create(bearer);
    expect(answer.statusCode).toBe(401);
    expect(answer.json().error.code).toBe('UNAUTHENTICATED');
    expect(await partsOf(owner.id)).toBe(2);
  });

  it('creates nothing while the user is suspended, and creates again after', async () => {
    const owner = await signUp(ctx.app);
    const { bearer } = await apiTokenFor(ctx.app, owner);
    await warmCreate(owner, bearer);
    await ctx.database.db.update(user).set({ banned: true }).where(eq(user.id, owner.id));
    expect((await create(bearer)).statusCode).toBe(401);
    expect(await partsOf(owner.id)).toBe(2);

    await ctx.database.db.update(user).set({ banned: false }).where(eq(user.id, owner.id));
    expect((await create(bearer)).statusCode).toBe(201);
    expect(await partsOf(owner.id)).toBe(3);
  });

  it("dates a part bought today in the user's new time zone as soon as it changes", async () => {
    const owner = await signUp(ctx.app, { timezone: 'UTC' });
    const { bearer } = await apiTokenFor(ctx.app, owner);
    await warmCreate(owner, bearer);
    expect((await create(bearer)).json().acquiredAt).toBe('2026-01-01');
    await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: owner.cookie,
      payload: { timezone: 'America/Los_Angeles' },
    });
    expect((await create(bearer)).json().acquiredAt).toBe('2025-12-31');
  });

  it("refuses an invalid part with the route's error, and a revoked token with a refusal", async () => {
    const owner = await signUp(ctx.app);
    const { id, bearer } = await apiTokenFor(ctx.app, owner);
    await warmCreate(owner, bearer);
    const negative = { ...CPU, costCents: -1 };
    expect((await create(bearer, negative)).statusCode).toBe(400);
    await ctx.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: owner.cookie });
    expect((await create(bearer, negative)).statusCode).toBe(401);
  });

  it("adds the part to the token owner's inventory only", async () => {
    const alice = await signUp(ctx.app);
    const bob = await signUp(ctx.app);
    const alices = await apiTokenFor(ctx.app, alice);
    const bobs = await apiTokenFor(ctx.app, bob);
    await warmCreate(alice, alices.bearer);
    await warmCreate(bob, bobs.bearer);
    await create(alices.bearer);
    expect(await partsOf(alice.id)).toBe(3);
    expect(await partsOf(bob.id)).toBe(2);
    expect((await get(second, PARTS, bobs.bearer)).json().total).toBe(2);
  });
});

describe('the tokens service memory', () => {
  it('recalls only a token it has read and found valid, and forgets one that is gone', async () => {
    const tokens = createTokensService({ db: ctx.database.db, clock });
    const owner = await signUp(ctx.app);
    const { id, bearer } = await apiTokenFor(ctx.app, owner);
    const token = bearer.authorization?.slice('Bearer '.length) ?? '';

    expect(tokens.recall(token)).toBeNull();
    expect((await tokens.authenticate(token))?.id).toBe(owner.id);
    expect(tokens.recall(token)?.user.id).toBe(owner.id);
    expect(tokens.recall('pwf_unknown')).toBeNull();

    await ctx.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: owner.cookie });
    expect(await tokens.authenticate(token)).toBeNull();
    expect(tokens.recall(token)).toBeNull();
  });
});
