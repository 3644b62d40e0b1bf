import {
  type Delivery,
  type FeePresetList,
  type Platform,
  rateOf,
  suggestListingPrice,
} from '@partwise/shared';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import { queryRows } from '../../db/client';
import { aiCache, aiUsage } from '../../db/schema';
import { pruneAiCacheJob } from '../../jobs/prune-ai-cache.job';
import { runJob } from '../../jobs/runner';
import { anotherInstance } from '../../test/app';
import { type AppWithTwoUsers, appWithTwoUsers, type Headers } from '../../test/app-with-users';
import { type FakeOllama, startFakeOllama } from '../../test/fake-ollama';
import { createPart } from '../../test/parts';

const clock = fixedClock('2026-03-14T12:00:00Z');
const DRAFT = {
  text: JSON.stringify({
    title: 'NVIDIA RTX 3080 12GB',
    description: 'RTX 3080 with 10GB, fully tested.',
  }),
  inputTokens: 300,
  outputTokens: 60,
};

describe('listing drafts kept in the database, with the suggested price', () => {
  let ollama: FakeOllama;
  let t: AppWithTwoUsers;
  let cardId: number;

  beforeAll(async () => {
    ollama = await startFakeOllama();
    t = await appWithTwoUsers({ ...ollama.env, AI_MODEL: 'llama3.1:8b', AI_TOKENS_FREE: '50000' }, { clock });
    const card = await createPart(t.ctx.app, t.alice, {
      name: 'GeForce RTX 3080',
      brand: 'NVIDIA',
      category: 'gpu',
      specs: { vramGb: 10 },
      costCents: 20_000,
      expectedPriceCents: 30_000,
    });
    cardId = card.id;
  });
  afterAll(async () => {
    await t?.ctx.close();
    await ollama?.close();
  });

  const draft = (who: Headers, body: Record<string, unknown>, app: FastifyInstance = t.ctx.app) =>
    app.inject({ method: 'POST', url: '/api/v1/ai/listing-drafts', headers: who, payload: body });
  const usageRows = () => t.ctx.database.db.select().from(aiUsage);

  /** The price the listing editor shows: the same shared function over what the web app reads. */
  async function editorPrice(who: Headers, partId: number, platform: Platform, delivery: Delivery) {
    const get = async (url: string) => (await t.call('GET', url, who)).json();
    const [part, value, presets, preferences] = await Promise.all([
      get(`/api/v1/parts/${partId}`),
      get(`/api/v1/parts/${partId}/valuation`),
      get('/api/v1/fee-presets') as Promise<FeePresetList>,
      get('/api/v1/deals/preferences'),
    ]);
    const preset = presets.items.find((p) => p.platform === platform && p.delivery === delivery);
    if (!preset) throw new Error('no fee preset');
    return suggestListingPrice({
      thing: { kind: 'part', category: part.category },
      valueCents: value.valueCents,
      costCents: part.costCents,
      delivery,
      rate: rateOf(preset),
      marginPercent: preferences.targetMarginPercent,
    });
  }

  it("suggests the listing editor's price, with what the platform's fee leaves of it", async () => {
    // Alice's own eBay fee (10 % + $0.30) and a 30 % target margin.
    expect(
      (
        await t.call('PUT', '/api/v1/fee-presets/ebay/shipped', t.alice, {
          percentBasisPoints: 1000,
          fixedCents: 30,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.call('PATCH', '/api/v1/deals/preferences', t.alice, { targetMarginPercent: 30 })).statusCode,
    ).toBe(200);
    ollama.answer(DRAFT);
    const res = await draft(t.alice, { partId: cardId, platform: 'ebay' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.removedClaims.map((c: { text: string }) => c.text)).toEqual(
      expect.arrayContaining(['12GB', 'fully tested']),
    );
    // Worth $300, but cost $200 + $15 shipping at 30 % after a 10 % + $0.30 fee needs $358.84; the fee
    // ($35.88 + $0.30) leaves $322.66.
    expect(body.suggestedPriceCents).toBe(35_884);
    expect(body.estimatedNetCents).toBe(32_266);
    const editor = await editorPrice(t.alice, cardId, 'ebay', 'shipped');
    expect(body.suggestedPriceCents).toBe(editor?.priceCents);
    expect(body.estimatedNetCents).toBe(editor?.netCents);
  });

  it('answers the same request from the database in another server process: no call, no tokens, no usage row', async () => {
    const calls = ollama.calls.length;
    const rows = (await usageRows()).length;
    const first = (await draft(t.alice, { partId: cardId, platform: 'ebay' })).json();
    expect(first.usage).toEqual({ inputTokens: 0, outputTokens: 0, cached: true });
    const restarted = await anotherInstance(t.ctx, { clock });
    try {
      const res = await draft(t.alice, { partId: cardId, platform: 'ebay' }, restarted);
      expect(res.statusCode, res.body).toBe(200);
      const again = res.json();
      expect(again.usage).toEqual({ inputTokens: 0, outputTokens: 0, cached: true });
      expect(again.title).toBe(first.title);
      expect(again.description).toBe(first.description);
      expect(again.removedClaims).toEqual(first.removedClaims);
      expect(again.suggestedPriceCents).toBe(35_884);
    } finally {
      await restarted.close();
    }
    expect(ollama.calls).toHaveLength(calls);
    expect(await usageRows()).toHaveLength(rows);
  });

  it('works the price out again for a kept draft: the delivery and the margin count, the text does not change', async () => {
    const calls = ollama.calls.length;
    // Picked up: no shipping, and eBay's default fee (Alice set her own for shipped sales only).
    const local = (await draft(t.alice, { partId: cardId, platform: 'ebay', delivery: 'local' })).json();
    expect(local.usage.cached).toBe(true);
    expect(local.suggestedPriceCents).toBe((await editorPrice(t.alice, cardId, 'ebay', 'local'))?.priceCents);
    await t.call('PATCH', '/api/v1/deals/preferences', t.alice, { targetMarginPercent: 10 });
    const lower = (await draft(t.alice, { partId: cardId, platform: 'ebay' })).json();
    expect(lower.usage.cached).toBe(true);
    // At 10 % the value ($300) already keeps the margin.
    expect(lower.suggestedPriceCents).toBe(30_000);
    expect(lower.suggestedPriceCents).toBe(
      (await editorPrice(t.alice, cardId, 'ebay', 'shipped'))?.priceCents,
    );
    expect(ollama.calls).toHaveLength(calls);
  });

  it('calls the model again for another platform or a changed record', async () => {
    const calls = ollama.calls.length;
    ollama.answer(DRAFT);
    const other = (await draft(t.alice, { partId: cardId, platform: 'facebook_marketplace' })).json();
    expect(other.usage.cached).toBe(false);
    expect(ollama.calls).toHaveLength(calls + 1);
    const patched = await t.call('PATCH', `/api/v1/parts/${cardId}`, t.alice, { notes: 'Repasted in 2026' });
    expect(patched.statusCode, patched.body).toBe(200);
    const changed = (await draft(t.alice, { partId: cardId, platform: 'ebay' })).json();
    expect(changed.usage).toEqual({ inputTokens: 300, outputTokens: 60, cached: false });
    expect(ollama.calls).toHaveLength(calls + 2);
    expect(ollama.calls.at(-1)?.messages.at(-1)?.content).toContain('Repasted in 2026');
  });

  it("keeps each owner's answers apart: the same record of another user is their own call", async () => {
    const alicePart = (await t.call('GET', `/api/v1/parts/${cardId}`, t.alice)).json();
    const { id: _id, ...same } = alicePart;
    const bobs = await createPart(t.ctx.app, t.bob, {
      name: same.name,
      brand: same.brand,
      category: same.category,
      specs: same.specs,
      notes: same.notes,
      costCents: same.costCents,
    });
    const calls = ollama.calls.length;
    const res = (await draft(t.bob, { partId: bobs.id, platform: 'ebay' })).json();
    expect(res.usage.cached).toBe(false);
    expect(ollama.calls).toHaveLength(calls + 1);
  });

  it('suggests no price for a build without parts: nothing to value', async () => {
    const build = await t.call('POST', '/api/v1/builds', t.alice, { name: 'Empty shell' });
    expect(build.statusCode, build.body).toBe(201);
    ollama.answer({
      text: '{"title":"Empty shell","description":"A case to fill."}',
      inputTokens: 9,
      outputTokens: 9,
    });
    const res = await draft(t.alice, { buildId: build.json().id, platform: 'ebay' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ suggestedPriceCents: null, estimatedNetCents: null });
  });

  it('reuses an answer for 30 days; then calls again, and the nightly job removes what has expired', async () => {
    const db = t.ctx.database.db;
    const age = (days: number) =>
      db
        .update(aiCache)
        .set({ createdAt: sql`${clock.now().toISOString()}::timestamptz - make_interval(days => ${days})` })
        .where(eq(aiCache.feature, 'listing_draft'));
    await age(29);
    const calls = ollama.calls.length;
    expect((await draft(t.alice, { partId: cardId, platform: 'ebay' })).json().usage.cached).toBe(true);
    await age(31);
    ollama.answer(DRAFT);
    expect((await draft(t.alice, { partId: cardId, platform: 'ebay' })).json().usage.cached).toBe(false);
    expect(ollama.calls).toHaveLength(calls + 1);
    // The new answer replaced the expired one: asked again, it is kept.
    expect((await draft(t.alice, { partId: cardId, platform: 'ebay' })).json().usage.cached).toBe(true);

    const kept = await db.select({ key: aiCache.key }).from(aiCache);
    const expired = kept.length - 1;
    expect(expired).toBeGreaterThan(0);
    expect(await runJob(db, clock, pruneAiCacheJob())).toBe('ok');
    expect(await db.select({ key: aiCache.key }).from(aiCache)).toHaveLength(1);
    const runs = await queryRows<{ rows: number }>(
      db,
      sql`select rows from job_run where job = 'prune-ai-cache'`,
    );
    expect(runs).toEqual([{ rows: expired }]);
  });
});
