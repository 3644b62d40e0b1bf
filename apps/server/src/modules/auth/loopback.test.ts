import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app';
import { sessionHeaders } from '../../test/users';

// The test app's BASE_URL is http://localhost:3000.
let ctx: TestContext;
let n = 0;

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

/** Signs up from a page opened at `origin`, then writes with the cookie from that page. */
async function signUpAndWriteFrom(app: TestContext['app'], origin: string) {
  n += 1;
  const signUp = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers: { origin },
    payload: { email: `loop${n}@example.com`, password: 'a long password', name: 'Loop' },
  });
  const cookie = { ...sessionHeaders(signUp.headers['set-cookie']), origin };
  const write = await app.inject({
    method: 'POST',
    url: '/api/v1/tokens',
    headers: cookie,
    payload: { name: 'from the page' },
  });
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin },
    payload: { email: `loop${n}@example.com`, password: 'a long password' },
  });
  return { signUp, write, signIn };
}

describe('loopback addresses', () => {
  it('work from every loopback name of BASE_URL’s port: sign-up, sign-in and cookie writes', async () => {
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000']) {
      const { signUp, write, signIn } = await signUpAndWriteFrom(ctx.app, origin);
      expect(signUp.statusCode, `${origin} ${signUp.body}`).toBe(200);
      expect(write.statusCode, `${origin} ${write.body}`).toBe(201);
      expect(signIn.statusCode, origin).toBe(200);
    }
  });

  it('and the reverse: BASE_URL at 127.0.0.1 is also opened at localhost', async () => {
    const other = await createTestApp({ BASE_URL: 'http://127.0.0.1:4000' });
    const { signUp, write } = await signUpAndWriteFrom(other.app, 'http://localhost:4000');
    expect(signUp.statusCode).toBe(200);
    expect(write.statusCode).toBe(201);
    const address = await other.app.inject({ method: 'GET', url: '/api/app-address' });
    expect(address.json()).toEqual({
      url: 'http://127.0.0.1:4000',
      // With Vite's dev server outside production.
      origins: [
        'http://127.0.0.1:4000',
        'http://localhost:4000',
        'http://[::1]:4000',
        'http://localhost:5173',
        'http://127.0.0.1:5173',
      ],
    });
    await other.close();
  });

  it('another host or port is refused, and the answer says which address to open', async () => {
    for (const origin of ['http://192.168.1.20:3000', 'http://localhost:3001', 'https://localhost:3000']) {
      const { signUp } = await signUpAndWriteFrom(ctx.app, origin);
      expect(signUp.statusCode, origin).toBe(403);
      expect(signUp.json()).toEqual({
        error: {
          code: 'FORBIDDEN',
          message: 'This request must come from the app: open it at http://localhost:3000',
        },
      });
    }
    const address = await ctx.app.inject({ method: 'GET', url: '/api/app-address' });
    expect(address.statusCode).toBe(200);
    expect(address.json().url).toBe('http://localhost:3000');
  });

  it('a BASE_URL that is not loopback stays the only address', async () => {
    const hosted = await createTestApp({ BASE_URL: 'https://forge.example.com' });
    const { signUp } = await signUpAndWriteFrom(hosted.app, 'http://127.0.0.1:3000');
    expect(signUp.statusCode).toBe(403);
    expect((await signUpAndWriteFrom(hosted.app, 'https://forge.example.com')).signUp.statusCode).toBe(200);
    await hosted.close();
  });
});
