import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers, type Method } from '../../test/app-with-users';
import { createPart } from '../../test/parts';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

async function newListing(headers: Record<string, string>, body: object) {
  const res = await call('POST', '/api/v1/listings', headers, {
    platform: 'ebay',
    title: 'RTX 3070 FE, tested',
    priceCents: 30000,
    ...body,
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}
const activate = (id: number, h = alice) => call('POST', `/api/v1/listings/${id}/activate`, h);
const end = (id: number, h = alice) => call('POST', `/api/v1/listings/${id}/end`, h);
const partStatus = async (id: number) => (await call('GET', `/api/v1/parts/${id}`, alice)).json().status;

async function readyBuild() {
  const b = (await call('POST', '/api/v1/builds', alice, { name: 'Ryzen gamer' })).json();
  const cpu = await createPart(ctx.app, alice, { name: 'Ryzen 5 5600', category: 'cpu', costCents: 8000 });
  const gpu = await createPart(ctx.app, alice, { costCents: 22000 });
  for (const p of [cpu, gpu]) await call('POST', `/api/v1/builds/${b.id}/parts`, alice, { partId: p.id });
  // Two parts of a PC: sold as a bundle, its missing parts known and said.
  const ready = await call('PATCH', `/api/v1/builds/${b.id}`, alice, {
    status: 'ready',
    overrideReason: 'CPU and graphics card bundle',
  });
  expect(ready.statusCode).toBe(200);
  return { build: b, parts: [cpu, gpu] };
}

describe('listings', () => {
  it('lists a part on two platforms and restores its status only when the last listing ends', async () => {
    const p = await createPart(ctx.app, alice, { status: 'testing' });
    const ebay = await newListing(alice, { partId: p.id });
    expect(ebay).toMatchObject({ status: 'draft', itemName: p.name, listedAt: null });
    const fb = await newListing(alice, { partId: p.id, platform: 'facebook_marketplace' });
    expect((await activate(ebay.id)).json()).toMatchObject({ status: 'active' });
    expect(await partStatus(p.id)).toBe('listed');
    expect((await activate(fb.id)).statusCode).toBe(200);
    expect((await end(ebay.id)).json()).toMatchObject({ status: 'ended' });
    expect(await partStatus(p.id)).toBe('listed');
    expect((await end(fb.id)).statusCode).toBe(200);
    expect(await partStatus(p.id)).toBe('testing');
    // Relisting an ended listing is allowed.
    expect((await activate(ebay.id)).json().listedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await partStatus(p.id)).toBe('listed');
    expect((await call('PATCH', `/api/v1/parts/${p.id}`, alice, { status: 'in_stock' })).statusCode).toBe(
      409,
    );
    await end(ebay.id);
    expect(await partStatus(p.id)).toBe('testing');
  });

  it('lists a build with its parts, freezes them, and gives back ready and in_build when it ends', async () => {
    const { build, parts } = await readyBuild();
    const l = await newListing(alice, { buildId: build.id, title: 'Ryzen 5 gaming PC' });
    await activate(l.id);
    expect((await call('GET', `/api/v1/builds/${build.id}`, alice)).json().status).toBe('listed');
    for (const p of parts) expect(await partStatus(p.id)).toBe('listed');
    const extra = await createPart(ctx.app, alice);
    const add = await call('POST', `/api/v1/builds/${build.id}/parts`, alice, { partId: extra.id });
    expect(add.statusCode).toBe(409);
    // A part of a listed build is listed and sold only with the build.
    const ofPart = await newListing(alice, { partId: parts[0]?.id });
    expect((await activate(ofPart.id)).statusCode).toBe(409);
    await end(l.id);
    expect((await call('GET', `/api/v1/builds/${build.id}`, alice)).json().status).toBe('ready');
    for (const p of parts) expect(await partStatus(p.id)).toBe('in_build');
    expect((await activate(ofPart.id)).statusCode).toBe(409);
  });

  it('refuses to list an empty build or a part that is in RMA', async () => {
    const b = (await call('POST', '/api/v1/builds', alice, { name: 'Empty' })).json();
    expect((await activate((await newListing(alice, { buildId: b.id })).id)).statusCode).toBe(422);
    const rma = await createPart(ctx.app, alice, { status: 'rma' });
    expect((await activate((await newListing(alice, { partId: rma.id })).id)).statusCode).toBe(409);
  });

  it('shows the estimated fee and net with the default preset or the user’s own', async () => {
    const p = await createPart(ctx.app, alice);
    const l = await newListing(alice, { partId: p.id, priceCents: 10000 });
    expect(l).toMatchObject({ delivery: 'shipped', estimatedFeesCents: 1400, estimatedNetCents: 8600 });
    const presets = (await call('GET', '/api/v1/fee-presets', alice)).json().items;
    expect(
      presets.find(
        (x: { platform: string; delivery: string }) => x.platform === 'ebay' && x.delivery === 'shipped',
      ),
    ).toMatchObject({ percentBasisPoints: 1360, fixedCents: 40, minimumCents: 0, custom: false });
    const put = await call('PUT', '/api/v1/fee-presets/ebay/shipped', alice, {
      percentBasisPoints: 1000,
      fixedCents: 0,
    });
    expect(put.statusCode).toBe(200);
    expect((await call('GET', `/api/v1/listings/${l.id}`, alice)).json().estimatedNetCents).toBe(9000);
    // Bob still sees the default.
    const bobs = (await call('GET', '/api/v1/fee-presets', bob)).json().items;
    expect(bobs.find((x: { platform: string }) => x.platform === 'ebay').custom).toBe(false);
    await call('DELETE', '/api/v1/fee-presets/ebay/shipped', alice);
    expect((await call('GET', `/api/v1/listings/${l.id}`, alice)).json().estimatedNetCents).toBe(8600);
    const bad = await call('PUT', '/api/v1/fee-presets/ebay/shipped', alice, {
      percentBasisPoints: 10001,
      fixedCents: 0,
    });
    expect(bad.statusCode).toBe(400);
    for (const url of ['/api/v1/fee-presets/myspace/shipped', '/api/v1/fee-presets/ebay/teleported'])
      expect((await call('PUT', url, alice, { percentBasisPoints: 1, fixedCents: 0 })).statusCode, url).toBe(
        400,
      );
  });

  it('filters by status, platform, part and text, newest first', async () => {
    const p = await createPart(ctx.app, alice, { name: 'Noctua NH-U12S', category: 'cooler' });
    const a = await newListing(alice, { partId: p.id, title: 'Noctua cooler', platform: 'craigslist' });
    const b = await newListing(alice, { partId: p.id, title: 'Noctua NH-U12S', platform: 'offerup' });
    await activate(b.id);
    const byPart = (await call('GET', `/api/v1/listings?partId=${p.id}`, alice)).json();
    expect(byPart.items.map((x: { id: number }) => x.id)).toEqual([b.id, a.id]);
    expect(byPart.total).toBe(2);
    const active = (await call('GET', `/api/v1/listings?partId=${p.id}&status=active`, alice)).json();
    expect(active.items.map((x: { id: number }) => x.id)).toEqual([b.id]);
    const cl = (
      await call('GET', '/api/v1/listings?platform=craigslist,reddit_hardwareswap&q=noctua', alice)
    ).json();
    expect(cl.items.map((x: { id: number }) => x.id)).toEqual([a.id]);
    expect((await call('GET', '/api/v1/listings?status=live', alice)).statusCode).toBe(400);
  });

  it('deletes only drafts and ended listings, and keeps a listed part from being deleted', async () => {
    const p = await createPart(ctx.app, alice);
    const l = await newListing(alice, { partId: p.id });
    await activate(l.id);
    expect((await call('DELETE', `/api/v1/listings/${l.id}`, alice)).statusCode).toBe(409);
    await end(l.id);
    expect((await call('DELETE', `/api/v1/parts/${p.id}`, alice)).statusCode).toBe(409);
    expect((await call('DELETE', `/api/v1/listings/${l.id}`, alice)).statusCode).toBe(204);
    expect((await call('DELETE', `/api/v1/parts/${p.id}`, alice)).statusCode).toBe(204);
  });

  it('validates input in the one error shape', async () => {
    const p = await createPart(ctx.app, alice);
    const none = await call('POST', '/api/v1/listings', alice, {
      platform: 'ebay',
      title: 'x',
      priceCents: 1,
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
    const both = await call('POST', '/api/v1/listings', alice, {
      partId: p.id,
      buildId: 1,
      platform: 'ebay',
      title: 'x',
      priceCents: 1,
    });
    expect(both.statusCode).toBe(400);
    const price = await call('POST', '/api/v1/listings', alice, {
      partId: p.id,
      platform: 'ebay',
      title: 'x',
      priceCents: 1.5,
    });
    expect(price.json().error.fields).toHaveProperty('priceCents');
  });

  it("answers 404 for another user's listings and things on every route", async () => {
    const p = await createPart(ctx.app, alice);
    const l = await newListing(alice, { partId: p.id });
    const url = `/api/v1/listings/${l.id}`;
    for (const [method, path, body] of [
      ['GET', url],
      ['PATCH', url, { title: 'mine' }],
      ['POST', `${url}/activate`],
      ['POST', `${url}/end`],
      ['DELETE', url],
    ] as [Method, string, object?][]) {
      const res = await call(method, path, bob, body);
      expect(res.statusCode, `${method} ${path}`).toBe(404);
    }
    const steal = await call('POST', '/api/v1/listings', bob, {
      partId: p.id,
      platform: 'ebay',
      title: 'x',
      priceCents: 1,
    });
    expect(steal.statusCode).toBe(404);
    expect((await call('GET', `/api/v1/listings?partId=${p.id}`, bob)).json().total).toBe(0);
    expect((await call('GET', url, alice)).json().status).toBe('draft');
  });
});
