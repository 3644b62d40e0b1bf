import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/app';

let ctx: TestContext;
const script = `console.log(${JSON.stringify('a hashed chunk of the web app '.repeat(40))});\n`;
const page = '<!doctype html><title>Partwise Forge</title><div id="root"></div>';

/** A file with the compressed copies the web build writes beside it. */
function writeWithCopies(file: string, text: string): void {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'pwf-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeWithCopies(path.join(dist, 'index.html'), page);
  writeWithCopies(path.join(dist, 'assets', 'app-abc123.js'), script);
  // Too small to be worth compressing: the build leaves it alone.
  writeFileSync(path.join(dist, 'assets', 'tiny-def456.js'), 'export{};');
  ctx = await createTestApp({ WEB_DIST_DIR: dist });
});
afterAll(() => ctx.close());

const get = (url: string, acceptEncoding?: string) =>
  ctx.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

describe('serving the built web app', () => {
  it('serves index.html at / and for deep links, so a reload of any page works', async () => {
    for (const url of ['/', '/inventory', '/inventory/42?tab=history']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.body).toContain('<title>Partwise Forge</title>');
    }
  });

  it('sends a hashed asset as its brotli copy when the browser accepts brotli', async () => {
    const res = await get('/assets/app-abc123.js', 'gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
    expect(res.rawPayload.length).toBeLessThan(script.length / 4);
  });

  it('sends the gzip copy to a browser that accepts gzip but not brotli', async () => {
    const res = await get('/assets/app-abc123.js', 'gzip, deflate');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(gunzipSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends the file itself to a client that accepts no compression', async () => {
    const res = await get('/assets/app-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(script);
    const identity = await get('/assets/app-abc123.js', 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body).toBe(script);
  });

  it('sends a file without compressed copies as it is, whatever the browser accepts', async () => {
    const res = await get('/assets/tiny-def456.js', 'gzip, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe('export{};');
  });

  it('compresses the page too, and keeps it revalidated on every load', async () => {
    for (const url of ['/', '/builds/7']) {
      const res = await get(url, 'gzip, deflate, br');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(page);
    }
  });

  it('still answers unknown API routes with the error shape, not the page', async () => {
    const res = await get('/api/v1/unknown', 'gzip, br');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    const post = await ctx.app.inject({ method: 'POST', url: '/inventory' });
    expect(post.statusCode).toBe(404);
  });
});
