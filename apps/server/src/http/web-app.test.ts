import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/app';

let ctx: TestContext;

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'pwf-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Partwise Forge</title>');
  writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  ctx = await createTestApp({ WEB_DIST_DIR: dist });
});
afterAll(() => ctx.close());

describe('serving the built web app', () => {
  it('serves index.html at / and for deep links, so a reload of any page works', async () => {
    for (const url of ['/', '/inventory', '/inventory/42?tab=history']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<title>Partwise Forge</title>');
    }
  });

  it('serves hashed assets as immutable', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('still answers unknown API routes with the error shape, not the page', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/unknown' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    const post = await ctx.app.inject({ method: 'POST', url: '/inventory' });
    expect(post.statusCode).toBe(404);
  });
});
