import type { Listing } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app';
import { createPart } from '../../test/parts';
import { bearerFor, signUp } from '../../test/users';

let ctx: TestContext;
let alice: Record<string, string>;
let partId: number;

beforeAll(async () => {
  ctx = await createTestApp();
  alice = await bearerFor(ctx.app, await signUp(ctx.app));
  partId = (await createPart(ctx.app, alice)).id;
});
afterAll(() => ctx.close());

const draft = { platform: 'ebay', title: 'RTX 3070 FE, tested', priceCents: 30000 };
const create = (body: object) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/listings',
    headers: alice,
    payload: { partId, ...draft, ...body },
  });
const update = (id: number, body: object) =>
  ctx.app.inject({ method: 'PATCH', url: `/api/v1/listings/${id}`, headers: alice, payload: body });
const listingCount = async () =>
  (await ctx.app.inject({ url: '/api/v1/listings', headers: alice })).json().total as number;
const read = async (id: number): Promise<Listing> =>
  (await ctx.app.inject({ url: `/api/v1/listings/${id}`, headers: alice })).json();

describe('a listing body', () => {
  it('with "status" is refused, naming the field and saying how a listing goes live; nothing is created', async () => {
    const before = await listingCount();
    const res = await create({ status: 'active' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(error.fields)).toEqual(['status']);
    expect(error.fields.status).toContain('POST /api/v1/listings/{id}/activate');
    expect(error.message).toContain('status');
    expect(error.message).toContain('POST /api/v1/listings/{id}/activate');
    expect(await listingCount()).toBe(before);
  });

  it('with "status" on a change is refused the same way, and the listing stays a draft', async () => {
    const listing: Listing = (await create({})).json();
    const res = await update(listing.id, { status: 'active' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.status).toContain('/activate');
    expect((await read(listing.id)).status).toBe('draft');
  });

  it('with a field it does not know is refused, naming each such field', async () => {
    const res = await create({ price: 300, notes: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      price: 'is not a field of this request',
      notes: 'is not a field of this request',
    });
  });
});

describe('listing URLs', () => {
  const refused = [
    'javascript:alert(1)',
    'a\r\nSet-Cookie: x=1',
    'https://www.ebay.com/itm/1\r\nSet-Cookie: x=1',
    'https://www.ebay.com/itm/\u00001',
    'ftp://example.com/listing',
    'data:text/html,<script>alert(1)</script>',
    'www.ebay.com/itm/1',
    'https://',
    'https://www.ebay.com/itm/\ud8001',
  ];

  it('only http and https addresses without control characters are accepted on create', async () => {
    const before = await listingCount();
    for (const url of refused) {
      const res = await create({ url });
      expect(res.statusCode, JSON.stringify(url)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['url']);
    }
    expect(await listingCount()).toBe(before);
    const ok = await create({ url: 'https://www.ebay.com/itm/1234567890?var=1' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().url).toBe('https://www.ebay.com/itm/1234567890?var=1');
    expect((await create({ url: ' HTTP://Craigslist.org/sfo/sop/d/1.html ' })).json().url).toBe(
      'HTTP://Craigslist.org/sfo/sop/d/1.html',
    );
  });

  it('the same on update, which leaves the stored address as it was', async () => {
    const listing: Listing = (await create({ url: 'https://www.ebay.com/itm/1' })).json();
    for (const url of refused) {
      const res = await update(listing.id, { url });
      expect(res.statusCode, JSON.stringify(url)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['url']);
    }
    expect((await read(listing.id)).url).toBe('https://www.ebay.com/itm/1');
    expect((await update(listing.id, { url: null })).json().url).toBeNull();
  });
});

describe('listing text', () => {
  it('a lone surrogate in the description is a 400 on update (it was a 500) and on create', async () => {
    const listing: Listing = (await create({ description: 'Works great' })).json();
    const res = await update(listing.id, { description: 'x\ud800y' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ description: 'is not valid Unicode text' });
    expect((await read(listing.id)).description).toBe('Works great');
    const created = await create({ description: 'x\udc00y' });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.fields).toEqual({ description: 'is not valid Unicode text' });
  });

  it('keeps line breaks, tabs and emoji in the description but refuses NUL', async () => {
    const text = 'Tested 3 hours in FurMark.\r\nIncludes:\n\t- box\n\t- 😀 sticker';
    const listing = await create({ description: text });
    expect(listing.statusCode).toBe(201);
    expect(listing.json().description).toBe(text);
    const nul = await create({ description: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields.description).toMatch(/control characters/);
    const title = await create({ title: 'RTX 3070\nSet-Cookie: x=1' });
    expect(title.statusCode).toBe(400);
    expect(title.json().error.fields).toEqual({ title: 'must be on one line, without control characters' });
  });
});
