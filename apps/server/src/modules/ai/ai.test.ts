import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import { type AppWithTwoUsers, appWithTwoUsers } from '../../test/app-with-users';
import type { FakeModelServer } from '../../test/fake-model-server';
import { startFakeOllama } from '../../test/fake-ollama';
import { startFakeOpenAi } from '../../test/fake-openai';
import { createPart } from '../../test/parts';

const clock = fixedClock('2026-03-14T12:00:00Z');

describe.each([
  ['Ollama', startFakeOllama],
  ['an OpenAI-compatible server', startFakeOpenAi],
])('assistant with a (fake) %s', (_name, startFake) => {
  let ollama: FakeModelServer;
  let t: AppWithTwoUsers;
  let cardId: number;

  beforeAll(async () => {
    ollama = await startFake();
    t = await appWithTwoUsers({ ...ollama.env, AI_MODEL: 'llama3.1:8b', AI_TOKENS_FREE: '5000' }, { clock });
    const card = await createPart(t.ctx.app, t.alice, {
      name: 'GeForce RTX 3080',
      brand: 'NVIDIA',
      specs: { vramGb: 10 },
    });
    cardId = card.id;
  });
  afterAll(async () => {
    await t?.ctx.close();
    await ollama?.close();
  });

  it('drafts a listing, removes the invented "12GB", and records exactly the tokens the server reported', async () => {
    ollama.answer({
      text: JSON.stringify({
        title: 'NVIDIA RTX 3080 12GB Graphics Card',
        description: 'A great RTX 3080 with 12GB of memory (10GB per the box), fully tested with warranty.',
      }),
      inputTokens: 321,
      outputTokens: 87,
    });
    const res = await t.call('POST', '/api/v1/ai/listing-drafts', t.alice, {
      partId: cardId,
      platform: 'ebay',
    });
    expect(res.statusCode, res.body).toBe(200);
    const draft = res.json();
    expect(draft.title).not.toContain('12');
    expect(draft.title).toContain('RTX 3080');
    expect(draft.description).not.toMatch(/12GB|tested|warranty/i);
    expect(draft.description).toContain('10GB');
    expect(draft.removedClaims.map((c: { text: string }) => c.text)).toEqual(
      expect.arrayContaining(['12GB', 'fully tested', 'warranty']),
    );
    expect(draft.usage).toEqual({ inputTokens: 321, outputTokens: 87, cached: false });
    expect(ollama.calls).toHaveLength(1);
    expect(ollama.calls[0]?.model).toBe('llama3.1:8b');

    const usage = await t.call('GET', '/api/v1/ai/usage', t.alice);
    expect(usage.json()).toEqual({
      month: '2026-03',
      usedTokens: 408,
      inputTokens: 321,
      outputTokens: 87,
      limitTokens: 5000,
      resetsAt: '2026-04-01T00:00:00.000Z',
      byFeature: {
        listing_draft: { inputTokens: 321, outputTokens: 87 },
        build_suggestion: { inputTokens: 0, outputTokens: 0 },
        chat: { inputTokens: 0, outputTokens: 0 },
        deal_parse: { inputTokens: 0, outputTokens: 0 },
      },
    });
  });

  it('answers the same request from the cache: no model call, no tokens', async () => {
    const res = await t.call('POST', '/api/v1/ai/listing-drafts', t.alice, {
      partId: cardId,
      platform: 'ebay',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().usage).toEqual({ inputTokens: 0, outputTokens: 0, cached: true });
    expect(ollama.calls).toHaveLength(1);
    expect((await t.call('GET', '/api/v1/ai/usage', t.alice)).json().usedTokens).toBe(408);
  });

  it("does not draft another user's part", async () => {
    const res = await t.call('POST', '/api/v1/ai/listing-drafts', t.bob, {
      partId: cardId,
      platform: 'ebay',
    });
    expect(res.statusCode).toBe(404);
    expect(ollama.calls).toHaveLength(1);
  });

  it('refuses with the reset date once the allowance cannot cover the call, without calling the model', async () => {
    ollama.answer({ text: '{"title":"x","description":"y"}', inputTokens: 4500, outputTokens: 10 });
    const first = await t.call('POST', '/api/v1/ai/listing-drafts', t.alice, {
      partId: cardId,
      platform: 'facebook_marketplace',
    });
    expect(first.statusCode).toBe(200);
    const before = ollama.calls.length;
    const res = await t.call('POST', '/api/v1/ai/listing-drafts', t.alice, {
      partId: cardId,
      platform: 'craigslist',
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('AI_LIMIT_REACHED');
    expect(res.json().error.message).toContain('2026-04-01');
    expect(ollama.calls.length).toBe(before);
  });
});

describe('assistant not configured or not answering', () => {
  it('says how to configure it when AI_PROVIDER is none (the default)', async () => {
    const t = await appWithTwoUsers();
    try {
      const part = await createPart(t.ctx.app, t.alice);
      const res = await t.call('POST', '/api/v1/ai/listing-drafts', t.alice, {
        partId: part.id,
        platform: 'ebay',
      });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('AI_NOT_CONFIGURED');
      expect(res.json().error.message).toContain('AI_PROVIDER=ollama');
      expect((await t.call('GET', '/api/v1/ai/usage', t.alice)).json().limitTokens).toBe(50_000);
    } finally {
      await t.ctx.close();
    }
  });

  it('answers 503 AI_UNAVAILABLE when the model server does not answer, and records nothing', async () => {
    const t = await appWithTwoUsers({ AI_PROVIDER: 'ollama', OLLAMA_BASE_URL: 'http://127.0.0.1:9' });
    try {
      const part = await createPart(t.ctx.app, t.alice);
      const res = await t.call('POST', '/api/v1/ai/listing-drafts', t.alice, {
        partId: part.id,
        platform: 'ebay',
      });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('AI_UNAVAILABLE');
      expect((await t.call('GET', '/api/v1/ai/usage', t.alice)).json().usedTokens).toBe(0);
    } finally {
      await t.ctx.close();
    }
  });
});

describe.each([
  ['Ollama', startFakeOllama],
  ['an OpenAI-compatible server', startFakeOpenAi],
])('usage from a (fake) %s', (_name, startFake) => {
  it("records the tokens the server reports, and counts them with Llama 3's tokenizer (marked) when it reports none", async () => {
    const { aiUsage } = await import('../../db/schema');
    const fake = await startFake();
    const t = await appWithTwoUsers(fake.env);
    try {
      const part = await createPart(t.ctx.app, t.alice);
      fake.answer(
        { text: '{"title":"RTX 3070","description":"Works."}', inputTokens: 200, outputTokens: 30 },
        { text: '{"title":"RTX 3070","description":"Works."}' },
      );
      const reported = await t.call('POST', '/api/v1/ai/listing-drafts', t.alice, {
        partId: part.id,
        platform: 'ebay',
      });
      expect(reported.statusCode, reported.body).toBe(200);
      expect(reported.json().usage).toEqual({ inputTokens: 200, outputTokens: 30, cached: false });
      const estimated = await t.call('POST', '/api/v1/ai/listing-drafts', t.alice, {
        partId: part.id,
        platform: 'offerup',
      });
      expect(estimated.statusCode, estimated.body).toBe(200);
      expect(fake.calls).toHaveLength(2);
      const rows = await t.ctx.database.db.select().from(aiUsage).orderBy(aiUsage.id);
      expect(rows.map((r) => [r.feature, r.inputTokens, r.outputTokens, r.estimated])).toEqual([
        ['listing_draft', 200, 30, false],
        // '{"title":"RTX 3070","description":"Works."}' is 14 tokens for Llama 3.
        ['listing_draft', expect.any(Number), 14, true],
      ]);
      expect(rows[1]?.inputTokens).toBeGreaterThan(50);
    } finally {
      await t.ctx.close();
      await fake.close();
    }
  });
});
