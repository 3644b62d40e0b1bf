import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../core/clock';
import { signUpAdmin } from '../../test/admin';
import { createTestApp, type TestContext } from '../../test/app';
import { bearerFor, signUp, type TestUser } from '../../test/users';
import { createAuth } from '../auth/auth';
import { ensureAdmin } from './ensure-admin';

let ctx: TestContext;
let admin: TestUser;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signUpAdmin(ctx);
});
afterAll(() => ctx.close());

describe('role guard', () => {
  it('lets admins list users and refuses everyone else with 403 (or 401 when signed out)', async () => {
    const user = await signUp(ctx.app);
    const asAdmin = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/admin/users',
      headers: admin.cookie,
    });
    expect(asAdmin.statusCode).toBe(200);
    expect(asAdmin.json().items.map((u: { email: string }) => u.email)).toEqual(
      expect.arrayContaining([admin.email, user.email]),
    );
    const asUser = await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: user.cookie });
    expect(asUser.statusCode).toBe(403);
    expect(asUser.json().error.code).toBe('FORBIDDEN');
    const asUserToken = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/admin/users',
      headers: await bearerFor(ctx.app, user),
    });
    expect(asUserToken.statusCode).toBe(403);
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('/me reports the admin role', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: admin.cookie });
    expect(res.json().role).toBe('admin');
  });
});

describe('suspension', () => {
  it('a suspended user cannot sign in, use a session or use a token; reinstated, they can again', async () => {
    const user = await signUp(ctx.app);
    const bearer = await bearerFor(ctx.app, user);
    const suspend = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${user.id}`,
      headers: admin.cookie,
      payload: { suspended: true, reason: 'chargebacks' },
    });
    expect(suspend.statusCode).toBe(200);
    expect(suspend.json()).toMatchObject({ id: user.id, suspended: true });

    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: user.cookie })).statusCode,
    ).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(
      401,
    );
    const signIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: user.email, password: user.password },
    });
    expect(signIn.statusCode).toBe(403);
    expect(signIn.json().error).toEqual({ code: 'FORBIDDEN', message: 'This account is suspended' });

    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${user.id}`,
      headers: admin.cookie,
      payload: { suspended: false },
    });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(
      200,
    );
  });

  it('refuses to suspend yourself, and answers 404 for an unknown user', async () => {
    const self = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${admin.id}`,
      headers: admin.cookie,
      payload: { suspended: true },
    });
    expect(self.statusCode).toBe(422);
    const unknown = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/admin/users/nobody',
      headers: admin.cookie,
      payload: { suspended: true },
    });
    expect(unknown.statusCode).toBe(404);
    const empty = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/admin/users/nobody',
      headers: admin.cookie,
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
  });
});

describe('admin:create', () => {
  it('creates an admin who can sign in, and promotes an existing user', async () => {
    const auth = createAuth(ctx.database.db, ctx.config);
    const deps = { db: ctx.database.db, clock: systemClock };
    const email = 'boss@example.com';
    expect(await ensureAdmin(deps, auth, { email, password: 'boss password', name: 'Boss' })).toBe('created');
    const signIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email, password: 'boss password' },
    });
    expect(signIn.statusCode).toBe(200);

    const user = await signUp(ctx.app);
    expect(await ensureAdmin(deps, auth, { email: user.email, password: 'new password 1', name: 'X' })).toBe(
      'promoted',
    );
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: user.cookie });
    expect(me.json().role).toBe('admin');
    const withNewPassword = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: user.email, password: 'new password 1' },
    });
    expect(withNewPassword.statusCode).toBe(200);
  });
});
