import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestContext } from '../../test/app';
import { bearerFor, sessionHeaders, signUp, type TestUser } from '../../test/users';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: object) =>
  ctx.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Version/18.1 Safari/604.1';

/** Signs in from another browser: its own user agent and address. */
async function signInFrom(
  user: Pick<TestUser, 'email' | 'password'>,
  userAgent: string,
  remoteAddress = '127.0.0.1',
) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    remoteAddress,
    headers: { 'user-agent': userAgent, origin: TEST_ORIGIN },
    payload: { email: user.email, password: user.password },
  });
  expect(res.statusCode, res.body).toBe(200);
  return sessionHeaders(res.headers['set-cookie']);
}

const signIn = (email: string, password: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: TEST_ORIGIN },
    payload: { email, password },
  });

const history = async (headers: Record<string, string>) =>
  (await call('GET', '/api/v1/me/history', headers)).json().items as {
    action: string;
    via: string;
    changes: Record<string, { from: unknown; to: unknown }>;
  }[];

describe('changing the password', () => {
  it('asks for the current password, then signs in with the new one only, and records it', async () => {
    const user = await signUp(ctx.app);
    const wrong = await call('POST', '/api/auth/change-password', user.cookie, {
      currentPassword: 'not my password',
      newPassword: 'a brand new password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'The current password is not right',
        fields: { currentPassword: 'is not your current password' },
      },
    });

    const short = await call('POST', '/api/auth/change-password', user.cookie, {
      currentPassword: user.password,
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual({ newPassword: 'must be at least 8 characters' });
    const unknown = await call('POST', '/api/auth/change-password', user.cookie, {
      currentPassword: user.password,
      newPassword: 'a brand new password',
      email: 'x@example.com',
    });
    expect(unknown.statusCode).toBe(400);
    expect(Object.keys(unknown.json().error.fields)).toEqual(['email']);
    expect((await signIn(user.email, user.password)).statusCode).toBe(200);

    const changed = await call('POST', '/api/auth/change-password', user.cookie, {
      currentPassword: user.password,
      newPassword: 'a brand new password',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    // This session stays signed in.
    expect((await call('GET', '/api/v1/me', user.cookie)).statusCode).toBe(200);
    expect((await signIn(user.email, user.password)).statusCode).toBe(401);
    expect((await signIn(user.email, 'a brand new password')).statusCode).toBe(200);

    const entries = await history(user.cookie);
    expect(entries.map((e) => [e.action, e.via])).toEqual([['password_change', 'session']]);
    expect(JSON.stringify(entries)).not.toContain('a brand new password');
  });

  it('can sign every other session out at the same time', async () => {
    const user = await signUp(ctx.app);
    const phone = await signInFrom(user, IPHONE);
    const changed = await call(
      'POST',
      '/api/auth/change-password',
      { ...user.cookie, 'user-agent': CHROME },
      {
        currentPassword: user.password,
        newPassword: 'another new password',
        revokeOtherSessions: true,
      },
    );
    expect(changed.statusCode).toBe(200);
    expect((await call('GET', '/api/v1/me', phone)).statusCode).toBe(401);
    // better-auth gives this browser a new session in the answer's cookie.
    const renewed = sessionHeaders(changed.headers['set-cookie']);
    expect((await call('GET', '/api/v1/me', renewed)).statusCode).toBe(200);
    // The new session keeps this browser's device and address.
    const left = (await call('GET', '/api/v1/sessions', renewed)).json().items;
    expect(left).toMatchObject([{ current: true, userAgent: CHROME, ipAddress: '127.0.0.1' }]);
    expect((await history(renewed)).map((e) => e.action)).toEqual(['password_change']);
  });

  it('is not done with an API token or without signing in', async () => {
    const user = await signUp(ctx.app);
    const token = await bearerFor(ctx.app, user);
    const body = { currentPassword: user.password, newPassword: 'a token password' };
    expect(
      (await call('POST', '/api/auth/change-password', { ...token, origin: TEST_ORIGIN }, body)).statusCode,
    ).toBe(401);
    expect((await call('POST', '/api/auth/change-password', { origin: TEST_ORIGIN }, body)).statusCode).toBe(
      401,
    );
    expect((await signIn(user.email, user.password)).statusCode).toBe(200);
    expect(await history(user.cookie)).toEqual([]);
  });
});

describe('changing the email', () => {
  it('asks for the password, refuses an email in use, and then signs in with the new one', async () => {
    const user = await signUp(ctx.app);
    const other = await signUp(ctx.app);
    const wrong = await call('POST', '/api/v1/me/email', user.cookie, {
      email: 'new.me@example.com',
      password: 'not my password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'The password is not right',
      fields: { password: 'is not your current password' },
    });

    const taken = await call('POST', '/api/v1/me/email', user.cookie, {
      email: other.email.toUpperCase(),
      password: user.password,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({
      code: 'CONFLICT',
      fields: { email: 'is used by another account' },
    });

    const same = await call('POST', '/api/v1/me/email', user.cookie, {
      email: user.email,
      password: user.password,
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields).toEqual({ email: 'is already your email' });
    const bad = await call('POST', '/api/v1/me/email', user.cookie, {
      email: 'not an email',
      password: user.password,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ email: 'must be a valid email address' });

    const changed = await call('POST', '/api/v1/me/email', user.cookie, {
      email: 'New.Me@Example.com',
      password: user.password,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().email).toBe('new.me@example.com');
    expect((await call('GET', '/api/v1/me', user.cookie)).json().email).toBe('new.me@example.com');
    expect((await signIn(user.email, user.password)).statusCode).toBe(401);
    expect((await signIn('new.me@example.com', user.password)).statusCode).toBe(200);

    expect(await history(user.cookie)).toMatchObject([
      {
        action: 'email_change',
        via: 'session',
        changes: { email: { from: user.email, to: 'new.me@example.com' } },
      },
    ]);
    // The other account saw nothing.
    expect(await history(other.cookie)).toEqual([]);
  });

  it('is rate limited like the other password checks', async () => {
    const limited = await createTestApp({ AUTH_RATE_LIMIT: '2', AUTH_RATE_WINDOW_SECONDS: '600' });
    const user = await signUp(limited.app);
    const attempt = () =>
      limited.app.inject({
        method: 'POST',
        url: '/api/v1/me/email',
        headers: user.cookie,
        payload: { email: 'guess@example.com', password: 'guess number one' },
      });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([400, 400, 429]);
    expect((await attempt()).json().error.code).toBe('RATE_LIMITED');
    await limited.close();
  });
});

describe('the account history', () => {
  it('records name and time zone changes in the words of their fields', async () => {
    const user = await signUp(ctx.app, { name: 'Old Name' });
    await call('PATCH', '/api/v1/me', user.cookie, { name: 'New Name', timezone: 'Europe/Paris' });
    expect(await history(user.cookie)).toMatchObject([
      {
        action: 'update',
        via: 'session',
        changes: {
          name: { from: 'Old Name', to: 'New Name' },
          timezone: { from: 'UTC', to: 'Europe/Paris' },
        },
      },
    ]);
  });
});

describe('sessions', () => {
  it('lists each browser with its device, address and times, and marks this one', async () => {
    const user = await signUp(ctx.app);
    const laptop = await signInFrom(user, CHROME, '192.0.2.10');
    const phone = await signInFrom(user, IPHONE, '198.51.100.7');
    const res = await call('GET', '/api/v1/sessions', laptop);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      id: string;
      userAgent: string | null;
      ipAddress: string | null;
      current: boolean;
    }[];
    expect(items).toHaveLength(3);
    expect(items.filter((s) => s.current)).toMatchObject([{ userAgent: CHROME, ipAddress: '192.0.2.10' }]);
    // This browser first.
    expect(items[0]?.current).toBe(true);
    expect(items.find((s) => s.userAgent === IPHONE)).toMatchObject({
      ipAddress: '198.51.100.7',
      current: false,
    });
    for (const s of items) {
      expect(s).toEqual({
        id: expect.any(String),
        userAgent: expect.toSatisfy((v) => v === null || typeof v === 'string'),
        ipAddress: expect.toSatisfy((v) => v === null || typeof v === 'string'),
        createdAt: expect.any(String),
        lastSeenAt: expect.any(String),
        expiresAt: expect.any(String),
        current: expect.any(Boolean),
      });
    }
    expect(JSON.stringify(items)).not.toMatch(/token/i);
    // A client cannot put another address in the record.
    const spoofed = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      remoteAddress: '203.0.113.5',
      headers: { origin: TEST_ORIGIN, 'x-forwarded-for': '10.1.2.3' },
      payload: { email: user.email, password: user.password },
    });
    const spoofedCookie = sessionHeaders(spoofed.headers['set-cookie']);
    const mine = (await call('GET', '/api/v1/sessions', spoofedCookie)).json().items as {
      ipAddress: string;
      current: boolean;
    }[];
    expect(mine.find((s) => s.current)?.ipAddress).toBe('203.0.113.5');
    expect(phone).toBeDefined();
  });

  it('signs one session out, and never another account’s', async () => {
    const user = await signUp(ctx.app);
    const stranger = await signUp(ctx.app);
    const phone = await signInFrom(user, IPHONE);
    const list = (await call('GET', '/api/v1/sessions', user.cookie)).json().items as {
      id: string;
      current: boolean;
    }[];
    const other = list.find((s) => !s.current);
    if (!other) throw new Error('the phone session is listed');
    const strangers = (await call('GET', '/api/v1/sessions', stranger.cookie)).json().items as {
      id: string;
    }[];
    expect(strangers.map((s) => s.id)).not.toContain(other.id);

    const foreign = await call('DELETE', `/api/v1/sessions/${other.id}`, stranger.cookie);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    expect((await call('GET', '/api/v1/me', phone)).statusCode).toBe(200);

    const gone = await call('DELETE', `/api/v1/sessions/${other.id}`, user.cookie);
    expect(gone.statusCode).toBe(204);
    expect((await call('GET', '/api/v1/me', phone)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/me', user.cookie)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/sessions', user.cookie)).json().items).toHaveLength(1);
    expect((await call('DELETE', `/api/v1/sessions/${other.id}`, user.cookie)).statusCode).toBe(404);
    expect((await history(user.cookie)).map((e) => e.action)).toEqual(['sign_out_session']);
  });

  it('signs out everywhere else, then everywhere', async () => {
    const user = await signUp(ctx.app);
    const phone = await signInFrom(user, IPHONE);
    const tablet = await signInFrom(user, CHROME);
    const token = await bearerFor(ctx.app, user);

    const others = await call('POST', '/api/auth/revoke-other-sessions', user.cookie, {});
    expect(others.statusCode).toBe(200);
    expect((await call('GET', '/api/v1/me', phone)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/me', tablet)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/sessions', user.cookie)).json().items).toHaveLength(1);

    const laptop = await signInFrom(user, CHROME);
    const all = await call('POST', '/api/auth/revoke-sessions', laptop, {});
    expect(all.statusCode).toBe(200);
    expect((await call('GET', '/api/v1/me', laptop)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/me', user.cookie)).statusCode).toBe(401);
    // API tokens are not sessions: they stay until revoked on their own.
    expect((await call('GET', '/api/v1/sessions', token)).json().items).toEqual([]);
    expect((await history(token)).map((e) => e.action)).toEqual(['sign_out_others', 'sign_out_everywhere']);
  });
});
