import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestContext } from '../test/app';
import { createPart } from '../test/parts';
import { listenLocally, rawRequest } from '../test/raw-http';
import { signUp, type TestUser } from '../test/users';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-body';

let ctx: TestContext;
let user: TestUser;
let port: number;

beforeAll(async () => {
  ctx = await createTestApp();
  user = await signUp(ctx.app);
  port = await listenLocally(ctx.app);
});
afterAll(() => ctx.close());

const errorShape = (code: string) => ({ error: { code, message: expect.any(String) } });
const nested = (levels: number, open = '{"a":', close = '}') =>
  `${open.repeat(levels)}1${close.repeat(levels)}`;

describe('deeply nested JSON', () => {
  const deep = nested(10_000);
  const routes = [
    '/api/auth/sign-in/email',
    '/api/auth/sign-up/email',
    '/api/auth/update-user',
    '/api/auth/change-password',
    '/api/auth/anything',
    '/api/v1/parts',
    '/api/v1/tokens',
    '/api/v1/lots',
  ];

  it.each(routes)('POST %s with 10,000 levels → 400 in the error shape', async (url) => {
    for (const body of [deep, nested(10_000, '[', ']')]) {
      const res = await ctx.app.inject({
        method: 'POST',
        url,
        headers: { ...user.cookie, 'content-type': 'application/json' },
        payload: body,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual(errorShape('BAD_REQUEST'));
    }
  });

  it('takes bodies up to the cap, and the app keeps working afterwards', async () => {
    const specs = JSON.parse(nested(MAX_JSON_DEPTH - 1));
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/parts',
      headers: user.cookie,
      payload: { name: 'Deep', category: 'gpu', costCents: 1, acquiredAt: '2025-01-01', specs },
    });
    expect(res.statusCode).toBe(400); // refused by the specs schema, not by the depth cap
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const part = await createPart(ctx.app, user.cookie);
    expect(part.name).toBe('RTX 3070 Founders Edition');
  });

  it('counts the nesting of objects and arrays only', () => {
    expect(nestsDeeperThan(JSON.parse(nested(3)), 3)).toBe(false);
    expect(nestsDeeperThan(JSON.parse(nested(4)), 3)).toBe(true);
    expect(nestsDeeperThan(JSON.parse(nested(4, '[', ']')), 3)).toBe(true);
    expect(nestsDeeperThan({ a: '{{{{[[[[', b: [1, 2, 3] }, 2)).toBe(false);
    expect(nestsDeeperThan(Buffer.alloc(10), 0)).toBe(false);
  });
});

describe('paths Fastify refuses before routing', () => {
  it.each(['/api/v1/parts/%', '/api/v1/parts/%zz', '/api/v1/parts/%E0%A4%A', '/api/auth/%'])(
    'malformed percent-encoding %s → 400 in the error shape',
    async (url) => {
      const res = await rawRequest(port, { method: 'GET', path: url, headers: user.cookie });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toEqual(errorShape('BAD_REQUEST'));
    },
  );

  it('a path parameter over 100 characters → 414 in the error shape', async () => {
    for (const url of [`/api/v1/parts/${'1'.repeat(101)}`, `/api/v1/photos/${'a'.repeat(500)}`]) {
      const res = await ctx.app.inject({ method: 'GET', url, headers: user.cookie });
      expect(res.statusCode, url).toBe(414);
      expect(res.json()).toEqual(errorShape('URI_TOO_LONG'));
    }
  });

  it("a request Node's HTTP parser refuses → 400 in the error shape", async () => {
    const res = await rawRequest(port, {
      method: 'POST',
      path: '/api/auth/sign-in/\temail',
      headers: { origin: TEST_ORIGIN },
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual(errorShape('BAD_REQUEST'));
  });
});
