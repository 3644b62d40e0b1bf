import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/app';
import { signUp, type TestUser } from '../test/users';

let ctx: TestContext;
let user: TestUser;

beforeAll(async () => {
  ctx = await createTestApp({ BODY_LIMIT_BYTES: '2048' });
  user = await signUp(ctx.app);
});
afterAll(() => ctx.close());

function expectErrorShape(body: unknown, code: string) {
  expect(body).toMatchObject({ error: { code, message: expect.any(String) } });
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/at .*\.(ts|js):\d+|select |insert into/i);
}

describe('one error shape for every failure', () => {
  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...user.cookie, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expectErrorShape(res.json(), 'MALFORMED_JSON');
  });

  it('a missing field → 400 VALIDATION_FAILED naming the field', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: user.cookie,
      payload: {},
    });
    expect(res.statusCode).toBe(400);
    expectErrorShape(res.json(), 'VALIDATION_FAILED');
    expect(res.json().error.fields).toEqual({ name: 'is required' });
  });

  it('a wrong type → 400 VALIDATION_FAILED naming the field', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { email: 'x@example.com', password: 12345678, name: 'X' },
    });
    expect(res.statusCode).toBe(400);
    expectErrorShape(res.json(), 'VALIDATION_FAILED');
    expect(Object.keys(res.json().error.fields)).toEqual(['password']);
  });

  it('an unknown route → 404 NOT_FOUND', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/nothing-here?x=1' });
    expect(res.statusCode).toBe(404);
    expectErrorShape(res.json(), 'NOT_FOUND');
    expect(res.json().error.message).toBe('No route for GET /api/v1/nothing-here');
  });

  it('a wrong password → 401 INVALID_CREDENTIALS', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: user.email, password: 'not the password' },
    });
    expect(res.statusCode).toBe(401);
    expectErrorShape(res.json(), 'INVALID_CREDENTIALS');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('an oversized body → 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: user.cookie,
      payload: { name: 'x'.repeat(5000) },
    });
    expect(res.statusCode).toBe(413);
    expectErrorShape(res.json(), 'PAYLOAD_TOO_LARGE');
  });

  it('an unsupported content type → 415', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...user.cookie, 'content-type': 'application/xml' },
      payload: '<name>x</name>',
    });
    expect(res.statusCode).toBe(415);
    expectErrorShape(res.json(), 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('keeps serving after all of the above, and changed nothing', async () => {
    const health = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const tokens = await ctx.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: user.cookie });
    expect(tokens.json()).toEqual({ items: [] });
  });
});

describe('health', () => {
  it('is ready only while the database answers (503 in the error shape), and alive either way', async () => {
    const own = await createTestApp();
    expect((await own.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ok' });
    await own.database.close();
    const ready = await own.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expectErrorShape(ready.json(), 'UNAVAILABLE');
    const alive = await own.app.inject({ method: 'GET', url: '/healthz' });
    expect(alive.statusCode).toBe(200);
    await own.close();
  });
});

describe('OpenAPI', () => {
  it('documents the routes from their schemas', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/v1/tokens'].post.requestBody.content['application/json'].schema.required).toEqual([
      'name',
    ]);
    expect(doc.paths['/api/auth/sign-up/email']).toBeDefined();
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });
});
