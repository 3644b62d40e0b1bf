import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { aiUsage } from '../../db/schema';
import { appWithTwoUsers } from '../../test/app-with-users';
import { startFakeOllama } from '../../test/fake-ollama';
import { startFakeOpenAi } from '../../test/fake-openai';
import { listenLocally } from '../../test/raw-http';

/** Posts a chat message over a real socket and resolves at the first `token` event, with the request to drop. */
function chatUntilFirstToken(port: number, headers: Record<string, string>, message: string) {
  return new Promise<{ status: number; drop: () => void }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/ai/chat',
        headers: { ...headers, 'content-type': 'application/json' },
      },
      (res) => {
        let seen = '';
        res.on('data', (chunk) => {
          seen += chunk;
          if (seen.includes('event: token'))
            resolve({ status: res.statusCode ?? 0, drop: () => req.destroy() });
        });
        res.on('error', () => {});
      },
    );
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.end(JSON.stringify({ message }));
  });
}

async function eventually(check: () => boolean | Promise<boolean>, ms = 5_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each([
  ['Ollama', startFakeOllama],
  ['an OpenAI-compatible server', startFakeOpenAi],
])('tech chat on a (fake) %s when the client goes away', (_name, startFake) => {
  it('aborts the model call, counts what was streamed, frees the slot, and the server keeps answering', async () => {
    const fake = await startFake();
    const t = await appWithTwoUsers({ ...fake.env, AI_CONCURRENCY_PER_USER: '1' });
    try {
      const port = await listenLocally(t.ctx.app);
      fake.answer({ text: 'Let me think about that for a long while...', stall: true });
      const first = await chatUntilFirstToken(port, t.alice, 'Is a 550 W PSU enough for a 3080?');
      expect(first.status).toBe(200);
      expect(fake.openRequests()).toBe(1);

      // One call at a time for Alice: a second is refused as busy, before any stream opens.
      const busy = await t.call('POST', '/api/v1/ai/chat', t.alice, { message: 'And a 650 W?' });
      expect(busy.statusCode).toBe(429);
      expect(busy.json().error.code).toBe('RATE_LIMITED');
      expect(fake.calls).toHaveLength(1);

      first.drop();
      await eventually(() => fake.openRequests() === 0);
      expect(fake.abandoned()).toBe(1);
      // The server reported nothing for the abandoned call: it is counted with the tokenizer, marked so.
      await eventually(async () => (await t.ctx.database.db.select().from(aiUsage)).length === 1);
      const [row] = await t.ctx.database.db.select().from(aiUsage);
      expect(row?.estimated).toBe(true);
      expect(row?.outputTokens).toBeGreaterThan(0);

      // The slot is free again and the server is whole.
      fake.answer({ text: 'Yes.', inputTokens: 50, outputTokens: 2 });
      const again = await t.call('POST', '/api/v1/ai/chat', t.alice, { message: 'And a 650 W?' });
      expect(again.statusCode, again.body).toBe(200);
      expect(again.body).toContain('event: done');
    } finally {
      await t.ctx.close();
      await fake.close();
    }
  });
});
