import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock';
import { anotherInstance } from '../../../test/app';
import { type AppWithTwoUsers, appWithTwoUsers } from '../../../test/app-with-users';
import { type BuildStock, createBuildStock } from '../../../test/build-stock';
import { type FakeOllama, startFakeOllama } from '../../../test/fake-ollama';

const clock = fixedClock('2026-03-14T12:00:00Z');
const REQUEST = 'A gaming PC to sell around $900 using my RTX 3060';

describe('build suggestions with a (fake) Ollama', () => {
  let ollama: FakeOllama;
  let t: AppWithTwoUsers;
  let stock: BuildStock;

  beforeAll(async () => {
    ollama = await startFakeOllama();
    t = await appWithTwoUsers(
      {
        AI_PROVIDER: 'ollama',
        OLLAMA_BASE_URL: ollama.url,
        AI_MODEL: 'llama3.1:8b',
        AI_TOKENS_FREE: '20000',
      },
      { clock },
    );
    stock = await createBuildStock(t.ctx.app, t.alice);
  });
  afterAll(async () => {
    await t?.ctx.close();
    await ollama?.close();
  });

  const usage = async () => (await t.call('GET', '/api/v1/ai/usage', t.alice)).json();
  const reading = {
    text: JSON.stringify({ targetPriceDollars: 900, useCase: 'gaming', mustIncludeParts: ['RTX 3060'] }),
    inputTokens: 211,
    outputTokens: 40,
  };
  const rationale = {
    text: JSON.stringify({
      rationales: [
        'Expected profit $180.00 from parts in stock; it will sell for $1,200 easily.',
        'Expected profit $176.00 with the Crucial P3 Plus.',
      ],
    }),
    inputTokens: 530,
    outputTokens: 95,
  };

  it('reads the request with the model, writes rationales from the figures, and meters both calls exactly', async () => {
    ollama.answer(reading, rationale);
    const res = await t.call('POST', '/api/v1/ai/build-suggestions', t.alice, { request: REQUEST });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.readBy).toBe('model');
    expect(body.request).toEqual({
      targetPriceCents: 90_000,
      useCase: 'gaming',
      mustInclude: [stock.gpu.id],
    });
    expect(ollama.calls).toHaveLength(2);
    expect(ollama.calls[0]?.messages.at(-1)?.content).toBe(REQUEST);
    // The rationale is written from the figures: the invented price is cut out.
    expect(body.options[0].rationale).toContain('$180.00');
    expect(body.options[0].rationale).not.toContain('1,200');
    expect(body.options[1].rationale).toBe('Expected profit $176.00 with the Crucial P3 Plus.');
    expect(body.options[2].rationale).toBeNull();
    const used = await usage();
    expect(used.byFeature.build_suggestion).toEqual({ inputTokens: 741, outputTokens: 135 });
    expect(used.usedTokens).toBe(876);
  });

  it('answers the same rationale from the cache: only the reading is called and billed again', async () => {
    ollama.answer(reading);
    const res = await t.call('POST', '/api/v1/ai/build-suggestions', t.alice, { request: REQUEST });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().options[1].rationale).toBe('Expected profit $176.00 with the Crucial P3 Plus.');
    expect(ollama.calls).toHaveLength(3);
    expect((await usage()).byFeature.build_suggestion).toEqual({ inputTokens: 952, outputTokens: 175 });
  });

  it('writes the rationales of a request once: asked again, also of another server process, the model is not called', async () => {
    const body = { targetPriceCents: 100_000, useCase: 'gaming' };
    ollama.answer(rationale);
    const calls = ollama.calls.length;
    const first = await t.call('POST', '/api/v1/ai/build-suggestions', t.alice, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(ollama.calls).toHaveLength(calls + 1);
    const written = first.json().options.map((o: { rationale: string | null }) => o.rationale);
    expect(written[1]).toBe('Expected profit $176.00 with the Crucial P3 Plus.');
    const tokens = (await usage()).usedTokens;

    const again = await t.call('POST', '/api/v1/ai/build-suggestions', t.alice, body);
    const restarted = await anotherInstance(t.ctx, { clock });
    try {
      const elsewhere = await restarted.inject({
        method: 'POST',
        url: '/api/v1/ai/build-suggestions',
        headers: t.alice,
        payload: body,
      });
      for (const res of [again, elsewhere]) {
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().options.map((o: { rationale: string | null }) => o.rationale)).toEqual(written);
      }
    } finally {
      await restarted.close();
    }
    expect(ollama.calls).toHaveLength(calls + 1);
    expect((await usage()).usedTokens).toBe(tokens);
  });

  it('falls back to the fixed rules when the model does not answer valid JSON', async () => {
    ollama.answer({ text: 'Sure! You want a gaming PC.', inputTokens: 100, outputTokens: 10 }, rationale);
    const res = await t.call('POST', '/api/v1/ai/build-suggestions', t.alice, {
      request: 'office PC, budget $600',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().readBy).toBe('rules');
    expect(res.json().request).toEqual({ budgetCents: 60_000, useCase: 'office' });
  });
});

describe('build suggestions past the allowance', () => {
  it('refuses with 429 before calling the model, and records nothing', async () => {
    const ollama = await startFakeOllama();
    const t = await appWithTwoUsers(
      { AI_PROVIDER: 'ollama', OLLAMA_BASE_URL: ollama.url, AI_MODEL: 'llama3.1:8b', AI_TOKENS_FREE: '100' },
      { clock },
    );
    try {
      const res = await t.call('POST', '/api/v1/ai/build-suggestions', t.alice, { request: REQUEST });
      expect(res.statusCode).toBe(429);
      expect(res.json().error.code).toBe('AI_LIMIT_REACHED');
      expect(res.json().error.message).toContain('2026-04-01');
      expect(ollama.calls).toHaveLength(0);
      expect((await t.call('GET', '/api/v1/ai/usage', t.alice)).json().usedTokens).toBe(0);
    } finally {
      await t.ctx.close();
      await ollama.close();
    }
  });
});
