import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Headers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let partId: number;

// A 1x1 PNG, and bytes that merely claim to be one.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f3d2a40000000049454e44ae426082',
  'hex',
);
const NOT_AN_IMAGE = Buffer.from('<svg onload="alert(1)"></svg>');

function upload(id: number, headers: Record<string, string>, bytes: Buffer, type = 'image/png') {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), 'photo.png');
  return ctx.app.inject({ method: 'POST', url: `/api/v1/parts/${id}/photos`, headers, payload: form });
}

beforeAll(async () => {
  ({ ctx, alice, bob } = await appWithTwoUsers({ PHOTO_MAX_BYTES: '4096' }));
  partId = (await createPart(ctx.app, alice)).id;
});
afterAll(() => ctx.close());

describe('part photos', () => {
  it('uploads an image, lists it, and serves it back to its owner', async () => {
    const res = await upload(partId, alice, PNG);
    expect(res.statusCode).toBe(201);
    const photo = res.json();
    expect(photo).toMatchObject({
      partId,
      contentType: 'image/png',
      sizeBytes: PNG.length,
      url: `/api/v1/photos/${photo.id}`,
    });

    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/parts/${partId}/photos`,
      headers: alice,
    });
    expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([photo.id]);

    const image = await ctx.app.inject({ method: 'GET', url: photo.url, headers: alice });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(PNG)).toBe(true);
    expect(existsSync(path.join(ctx.config.uploadsDir))).toBe(true);
  });

  it('checks the type by content, not by what the client claims', async () => {
    const res = await upload(partId, alice, NOT_AN_IMAGE, 'image/png');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.fields).toEqual({ file: 'is not a JPEG, PNG or WebP image' });
  });

  it('refuses a file over the size limit, and a request without a file', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(8192)]);
    const res = await upload(partId, alice, big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const json = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/parts/${partId}/photos`,
      headers: alice,
      payload: {},
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it("never shows, adds to or deletes another user's photos (404, as for nothing)", async () => {
    const photo = (await upload(partId, alice, PNG)).json();
    const missingPhoto = '00000000-0000-4000-8000-000000000000';
    const pairs: [string, string, string][] = [
      ['GET', photo.url, `/api/v1/photos/${missingPhoto}`],
      ['DELETE', photo.url, `/api/v1/photos/${missingPhoto}`],
      ['GET', `/api/v1/parts/${partId}/photos`, '/api/v1/parts/99999999/photos'],
    ];
    for (const [method, theirs, nothing] of pairs) {
      const a = await ctx.app.inject({ method: method as 'GET', url: theirs, headers: bob });
      const b = await ctx.app.inject({ method: method as 'GET', url: nothing, headers: bob });
      expect(a.statusCode, `${method} ${theirs}`).toBe(404);
      expect(a.json()).toEqual(b.json());
    }
    expect((await upload(partId, bob, PNG)).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: photo.url })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: photo.url, headers: alice })).statusCode).toBe(200);
  });

  it('deletes a photo and its file, and records both in the part history', async () => {
    const photo = (await upload(partId, alice, PNG)).json();
    const ownerDir = readdirSync(ctx.config.uploadsDir)[0] ?? '';
    const file = path.join(ctx.config.uploadsDir, ownerDir, photo.id);
    expect(existsSync(file)).toBe(true);
    expect((await ctx.app.inject({ method: 'DELETE', url: photo.url, headers: alice })).statusCode).toBe(204);
    expect(existsSync(file)).toBe(false);
    expect((await ctx.app.inject({ method: 'GET', url: photo.url, headers: alice })).statusCode).toBe(404);
    const history = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/parts/${partId}/history`, headers: alice })
    ).json();
    expect(history.items.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['photo_added', 'photo_removed']),
    );
  });

  it('answers 400 in the error shape to a multipart body without a boundary or cut short, and stores nothing', async () => {
    const before = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/parts/${partId}/photos`, headers: alice })
    ).json().items.length;
    const head =
      '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n';
    const bodies: [string, string | Buffer][] = [
      ['multipart/form-data', PNG],
      ['multipart/form-data; boundary=XX', Buffer.concat([Buffer.from(head), PNG])],
      ['multipart/form-data; boundary=XX', '--XX\r\nContent-Disposition: form-data; name="file"; fil'],
    ];
    for (const [contentType, payload] of bodies) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/parts/${partId}/photos`,
        headers: { ...alice, 'content-type': contentType },
        payload,
      });
      expect(res.statusCode, contentType).toBe(400);
      expect(res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: expect.any(String) } });
    }
    const after = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/parts/${partId}/photos`, headers: alice })
    ).json().items.length;
    expect(after).toBe(before);
  });
});
