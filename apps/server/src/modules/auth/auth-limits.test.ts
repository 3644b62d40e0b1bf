import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user as userTable } from '../../db/schema';
import { createTestApp, TEST_ORIGIN, type TestContext } from '../../test/app';
import { listenLocally, rawRequest } from '../../test/raw-http';
import { signUp, type TestUser } from '../../test/users';

const MAX = 3;
let ctx: TestContext;
let port: number;
let alice: TestUser;

beforeAll(async () => {
  ctx = await createTestApp({ AUTH_RATE_LIMIT: String(MAX), AUTH_RATE_WINDOW_SECONDS: '600' });
  alice = await signUp(ctx.app);
  port = await listenLocally(ctx.app);
});
afterAll(() => ctx.close());

// Spellings that name a better-auth route only once the URL is normalized.
const variants = (endpoint: string) => [
  `/api/auth/.${endpoint}`,
  `/api/auth/x/..${endpoint}`,
  `/api/auth/%2e${endpoint}`,
  `/api/auth/%2E/x/%2e%2e${endpoint}`,
  `/api/auth/x\\..${endpoint.replaceAll('/', '\\')}`,
  `/api/auth/sign-out/..${endpoint}`,
  `http://localhost/api/auth/.${endpoint}`,
];

const post = (path: string, body: unknown) =>
  rawRequest(port, {
    method: 'POST',
    path,
    headers: { origin: TEST_ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const userCount = async () => (await ctx.database.db.select({ n: count() }).from(userTable))[0]?.n;

describe('auth paths that are not in normalized form', () => {
  it('are refused with 404 in the error shape, even before any limit is reached', async () => {
    for (const path of variants('/sign-in/email')) {
      const res = await post(path, { email: alice.email, password: alice.password });
      expect(res.status, path).toBe(404);
      expect(res.headers).not.toMatch(/set-cookie/i);
      expect(JSON.parse(res.body)).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    }
  });

  it('never sign in while sign-in answers 429 (real socket, dot segments kept)', async () => {
    const credentials = { email: alice.email, password: alice.password };
    const statuses = [];
    for (let i = 0; i <= MAX; i++) statuses.push((await post('/api/auth/sign-in/email', credentials)).status);
    expect(statuses).toEqual([...Array(MAX).fill(200), 429]);
    for (const path of variants('/sign-in/email')) {
      const res = await post(path, credentials);
      expect([404, 429], path).toContain(res.status);
      expect(res.headers).not.toMatch(/set-cookie/i);
    }
    // app.inject resolves dot segments before routing: the normalized route is limited too.
    for (const url of ['/api/auth/./sign-in/email', '/api/auth/x/../sign-in/email']) {
      const res = await ctx.app.inject({ method: 'POST', url, payload: credentials });
      expect(res.statusCode, url).toBe(429);
      expect(res.json().error.code).toBe('RATE_LIMITED');
    }
  });

  it('never create accounts while sign-up answers 429', async () => {
    const account = (n: number) => ({
      email: `variant${n}@example.com`,
      password: 'a long password',
      name: 'V',
    });
    let n = 0;
    // alice's sign-up already counted once.
    for (let i = 1; i < MAX; i++)
      expect((await post('/api/auth/sign-up/email', account(n++))).status).toBe(200);
    expect((await post('/api/auth/sign-up/email', account(n++))).status).toBe(429);
    const before = await userCount();
    for (const path of variants('/sign-up/email')) {
      const res = await post(path, account(n++));
      expect([404, 429], path).toContain(res.status);
    }
    expect(await userCount()).toBe(before);
  });
});

describe('every auth endpoint that takes a password or creates something', () => {
  const limited: [string, string, unknown][] = [
    [
      'POST',
      '/api/auth/change-password',
      { currentPassword: 'wrong password', newPassword: 'new password 1' },
    ],
    ['POST', '/api/auth/verify-password', { password: 'wrong password' }],
    ['POST', '/api/auth/reset-password', { token: 'guess', newPassword: 'new password 1' }],
    ['GET', '/api/auth/reset-password/guess?callbackURL=/', undefined],
    ['POST', '/api/auth/request-password-reset', { email: 'someone@example.com' }],
    ['POST', '/api/auth/delete-user', { password: 'wrong password' }],
    ['POST', '/api/auth/send-verification-email', { email: 'someone@example.com' }],
    ['POST', '/api/auth/sign-in/social', { provider: 'github' }],
    [
      'POST',
      '/api/auth/admin/create-user',
      { email: 'new@example.com', password: 'a long password', name: 'N' },
    ],
    ['POST', '/api/auth/admin/set-user-password', { userId: 'x', newPassword: 'a long password' }],
    ['POST', '/api/auth/admin/impersonate-user', { userId: 'x' }],
  ];

  it.each(limited)('%s %s answers 429 after the limit', async (method, url, payload) => {
    const remoteAddress = `10.9.${limited.findIndex(([, u]) => u === url)}.1`;
    const attempt = () =>
      ctx.app.inject({
        method: method as 'GET' | 'POST',
        url,
        remoteAddress,
        headers: alice.cookie,
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      });
    const statuses = [];
    for (let i = 0; i <= MAX; i++) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, MAX)).not.toContain(429);
    expect(statuses[MAX]).toBe(429);
  });

  it('leaves the session and other auth routes unlimited', async () => {
    for (let i = 0; i <= MAX + 1; i++) {
      const res = await ctx.app.inject({
        method: 'GET',
        url: '/api/auth/get-session',
        headers: alice.cookie,
      });
      expect(res.statusCode).toBe(200);
    }
  });
});
