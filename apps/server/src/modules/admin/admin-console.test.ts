import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aiUsage, part, user } from '../../db/schema';
import { signUpAdmin } from '../../test/admin';
import { createTestApp, type TestContext } from '../../test/app';
import { bearerFor, signUp, type TestUser } from '../../test/users';

let ctx: TestContext;
let admin: TestUser;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signUpAdmin(ctx);
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const as = (who: TestUser, method: Method, url: string, payload?: InjectOptions['payload']) =>
  ctx.app.inject({ method, url, headers: who.cookie, ...(payload !== undefined ? { payload } : {}) });

const findUser = async (who: TestUser) => {
  const res = await as(admin, 'GET', `/api/v1/admin/users?q=${encodeURIComponent(who.email)}`);
  expect(res.statusCode).toBe(200);
  return res.json().items[0];
};

describe('every admin route', () => {
  it('answers 403 to a user (session or token) and 401 to nobody', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/admin/'))
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => [m.toUpperCase() as Method, path.replace('{id}', admin.id)] as const),
      );
    expect(routes.length).toBeGreaterThanOrEqual(9);
    const plain = await signUp(ctx.app);
    const token = await bearerFor(ctx.app, plain);
    for (const [method, url] of routes) {
      const payload = method === 'GET' || method === 'DELETE' ? undefined : {};
      const asUser = await as(plain, method, url, payload);
      expect([url, method, asUser.statusCode]).toEqual([url, method, 403]);
      const byToken = await ctx.app.inject({ method, url, headers: token, ...(payload ? { payload } : {}) });
      expect([url, method, byToken.statusCode]).toEqual([url, method, 403]);
      const nobody = await ctx.app.inject({ method, url, ...(payload ? { payload } : {}) });
      expect([url, method, nobody.statusCode]).toEqual([url, method, 401]);
    }
  });
});

describe('users', () => {
  it('shows plan, tokens this month and parts count, and searches by email or name', async () => {
    const person = await signUp(ctx.app, { name: 'Zelda Quartermaine' });
    await ctx.database.db.insert(part).values([
      { ownerId: person.id, category: 'gpu', name: 'RTX 3070', costCents: 25_000 },
      { ownerId: person.id, category: 'cpu', name: 'Ryzen 5 5600', costCents: 9_000 },
    ] as never);
    await ctx.database.db.insert(aiUsage).values({
      ownerId: person.id,
      feature: 'chat',
      model: 'llama3.1:8b',
      inputTokens: 120,
      outputTokens: 80,
    });
    const byName = await as(admin, 'GET', '/api/v1/admin/users?q=quartermaine');
    expect(byName.json().items).toHaveLength(1);
    expect(byName.json().items[0]).toMatchObject({
      email: person.email,
      role: 'user',
      plan: 'free',
      subscriptionStatus: null,
      tokensThisMonth: 200,
      partsCount: 2,
      suspended: false,
    });
  });

  it('sorts by sign-up (oldest or newest first) and by last active', async () => {
    const first = await signUp(ctx.app, { name: 'Sort First' });
    const second = await signUp(ctx.app, { name: 'Sort Second' });
    await bearerFor(ctx.app, first);
    const oldest = (await as(admin, 'GET', '/api/v1/admin/users?q=sort&sort=signup')).json().items;
    const newest = (await as(admin, 'GET', '/api/v1/admin/users?q=sort&sort=-signup')).json().items;
    expect(oldest.map((u: { email: string }) => u.email)).toEqual([first.email, second.email]);
    expect(newest.map((u: { email: string }) => u.email)).toEqual([second.email, first.email]);
    const active = (await as(admin, 'GET', '/api/v1/admin/users?sort=-active&pageSize=200')).json().items;
    expect(active.every((u: { lastActiveAt: string | null }) => u.lastActiveAt !== null)).toBe(true);
    expect((await as(admin, 'GET', '/api/v1/admin/users?sort=name')).statusCode).toBe(400);
  });

  it('comps a plan until a date: it applies at once, shows in the user’s billing, and can end', async () => {
    const person = await signUp(ctx.app);
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const comp = await as(admin, 'PUT', `/api/v1/admin/users/${person.id}/comp`, { plan: 'business', until });
    expect(comp.statusCode).toBe(200);
    expect(comp.json()).toMatchObject({ plan: 'business', comp: { plan: 'business', until } });
    const billing = (await as(person, 'GET', '/api/v1/billing/subscription')).json();
    expect(billing).toMatchObject({
      plan: 'business',
      comp: { plan: 'business' },
      usage: { limitTokens: 5_000_000 },
    });
    const past = await as(admin, 'PUT', `/api/v1/admin/users/${person.id}/comp`, {
      plan: 'pro',
      until: '2020-01-01T00:00:00Z',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields).toEqual({ until: 'must be in the future' });
    const ended = await as(admin, 'DELETE', `/api/v1/admin/users/${person.id}/comp`);
    expect(ended.json()).toMatchObject({ plan: 'free', comp: null });
    expect(
      (await as(admin, 'PUT', '/api/v1/admin/users/nobody/comp', { plan: 'pro', until })).statusCode,
    ).toBe(404);
  });

  it('resets the month’s token usage to zero', async () => {
    const person = await signUp(ctx.app);
    await ctx.database.db
      .insert(aiUsage)
      .values({ ownerId: person.id, feature: 'chat', model: 'm', inputTokens: 40_000, outputTokens: 9_000 });
    expect((await as(person, 'GET', '/api/v1/billing/subscription')).json().usage.usedTokens).toBe(49_000);
    const reset = await as(admin, 'POST', `/api/v1/admin/users/${person.id}/usage-reset`);
    expect(reset.json().tokensThisMonth).toBe(0);
    expect((await as(person, 'GET', '/api/v1/billing/subscription')).json().usage.usedTokens).toBe(0);
  });

  it('promotes and demotes, but never demotes yourself', async () => {
    const person = await signUp(ctx.app);
    const promoted = await as(admin, 'PATCH', `/api/v1/admin/users/${person.id}`, { role: 'admin' });
    expect(promoted.json().role).toBe('admin');
    const self = await as(admin, 'PATCH', `/api/v1/admin/users/${admin.id}`, { role: 'user' });
    expect(self.statusCode).toBe(422);
    const demoted = await as(person, 'PATCH', `/api/v1/admin/users/${admin.id}`, { role: 'user' });
    expect(demoted.json().role).toBe('user');
    await ctx.database.db.update(user).set({ role: 'admin' }).where(eq(user.id, admin.id));
    await as(admin, 'PATCH', `/api/v1/admin/users/${person.id}`, { role: 'user' });
  });

  it('two admins demoting each other at the same moment: exactly one stays admin', async () => {
    for (let round = 0; round < 10; round++) {
      const a = await signUpAdmin(ctx);
      const b = await signUpAdmin(ctx);
      const [ab, ba] = await Promise.all([
        as(a, 'PATCH', `/api/v1/admin/users/${b.id}`, { role: 'user' }),
        as(b, 'PATCH', `/api/v1/admin/users/${a.id}`, { role: 'user' }),
      ]);
      const roles = await Promise.all([a, b].map(async (u) => (await findUser(u)).role));
      expect(roles.filter((r) => r === 'admin')).toHaveLength(1);
      expect([ab.statusCode, ba.statusCode].sort()).toEqual([200, 403]);
    }
  });
});

describe('audit log and system', () => {
  it('lists admin and billing events, searchable, and exports them as CSV', async () => {
    const person = await signUp(ctx.app, { name: 'Audit Subject' });
    await as(admin, 'PATCH', `/api/v1/admin/users/${person.id}`, { suspended: true, reason: '=chargebacks' });
    const res = await as(admin, 'GET', `/api/v1/admin/audit?q=${encodeURIComponent(person.email)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({
      action: 'suspend',
      via: 'admin',
      actor: { id: admin.id, email: admin.email },
      subject: { id: person.id, email: person.email },
      changes: { suspended: { from: false, to: true } },
    });
    const csv = await as(admin, 'GET', `/api/v1/admin/audit.csv?q=${encodeURIComponent(person.email)}`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('at,action,entity,user,actor,via,field,before,after');
    expect(lines).toContainEqual(
      expect.stringContaining(`suspend,user,${person.email},${admin.email},admin,suspended,false,true`),
    );
    expect(lines).toContainEqual(expect.stringContaining(",reason,,'=chargebacks"));
  });

  it('reports version, database, migrations, billing and webhooks', async () => {
    const res = await as(admin, 'GET', '/api/v1/admin/system');
    expect(res.statusCode).toBe(200);
    const info = res.json();
    expect(info).toMatchObject({
      version: '1.0.0',
      database: {
        engine: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
        lastMigration: '0031_stock_by_acquired_day',
      },
      billingConfigured: false,
      webhooks24h: { received: 0, failed: 0 },
      jobRuns: [],
      assistant: { provider: 'none', model: 'llama3.1:8b', reachable: false },
    });
    expect(info.database.migrations).toBeGreaterThanOrEqual(13);
    expect(info.database.sizeBytes).toBeGreaterThan(0);
    expect(info.users.admins).toBeGreaterThanOrEqual(1);
  });
});
