import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestContext } from '../../test/app';
import { sessionHeaders, signUp } from '../../test/users';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const me = (headers: Record<string, string>) => ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers });

describe('sign-up, sign-in, sign-out', () => {
  it('signs up, answers /me, signs out, and signs in again', async () => {
    const signUpRes = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { email: 'Flip.Per@Example.com', password: 'a long password', name: 'Flip Per' },
    });
    expect(signUpRes.statusCode).toBe(200);
    const cookie = sessionHeaders(signUpRes.headers['set-cookie']);

    const who = await me(cookie);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toEqual({
      id: expect.any(String),
      email: 'flip.per@example.com',
      name: 'Flip Per',
      role: 'user',
      timezone: 'UTC',
    });

    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: cookie,
      payload: {},
    });
    expect(out.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);

    const signIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'flip.per@example.com', password: 'a long password' },
    });
    expect(signIn.statusCode).toBe(200);
    const again = await me(sessionHeaders(signIn.headers['set-cookie']));
    expect(again.json().email).toBe('flip.per@example.com');
  });

  it('answers 401 in the error shape when not signed in', async () => {
    const res = await me({});
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
  });

  it('refuses a second account with the same email (409) and a short password (400)', async () => {
    const user = await signUp(ctx.app);
    const dup = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { email: user.email, password: 'another password', name: 'Dup' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('CONFLICT');

    const short = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { email: 'short@example.com', password: 'short', name: 'S' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual({ password: 'must be at least 8 characters' });
  });

  it('answers a method an auth endpoint does not take as not found, its status that of its code', async () => {
    // Found by the fuzz suite: better-auth's 405 came out as 405 with the code BAD_REQUEST (a 400 code).
    const reply = await ctx.app.inject({ method: 'POST', url: '/api/auth/get-session', payload: {} });
    expect(reply.statusCode).toBe(404);
    expect(reply.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });

  it('refuses a cookie-authenticated write from a foreign origin', async () => {
    const user = await signUp(ctx.app);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...user.cookie, origin: 'https://evil.example' },
      payload: { name: 'stolen' },
    });
    expect(res.statusCode).toBe(403);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: user.cookie });
    expect(list.json().items).toEqual([]);
  });
});

describe('rate limits', () => {
  it('limits sign-in attempts per client, in the error shape', async () => {
    const limited = await createTestApp({ AUTH_RATE_LIMIT: '3', AUTH_RATE_WINDOW_SECONDS: '60' });
    const attempt = (remoteAddress = '10.0.0.7') =>
      limited.app.inject({
        remoteAddress,
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: { origin: TEST_ORIGIN },
        payload: { email: 'nobody@example.com', password: 'whatever1' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const refused = await attempt();
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    // Another client is counted on its own.
    expect((await attempt('10.0.0.8')).statusCode).toBe(401);
    await limited.close();
  });
});
