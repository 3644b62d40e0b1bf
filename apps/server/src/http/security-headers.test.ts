import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/app';

let plain: TestContext;
let secure: TestContext;
beforeAll(async () => {
  [plain, secure] = await Promise.all([
    createTestApp(),
    createTestApp({ BASE_URL: 'https://forge.example.com' }),
  ]);
});
afterAll(() => Promise.all([plain?.close(), secure?.close()]));

describe('security headers', () => {
  it('come with every kind of answer: a health check, an API error, an unknown route', async () => {
    for (const url of ['/healthz', '/api/v1/parts/1', '/api/v1/no-such-route']) {
      const res = await plain.app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(res.headers['content-security-policy'], url).toContain("img-src 'self' data: blob:");
      expect(res.headers['content-security-policy'], url).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['x-powered-by'], url).toBeUndefined();
    }
  });

  it('ask browsers for HTTPS only when the app is served over HTTPS', async () => {
    const overHttp = await plain.app.inject({ method: 'GET', url: '/healthz' });
    expect(overHttp.headers['strict-transport-security']).toBeUndefined();
    const overHttps = await secure.app.inject({ method: 'GET', url: '/healthz' });
    expect(overHttps.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  });
});
