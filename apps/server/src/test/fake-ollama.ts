import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeAnswer {
  /** The assistant's text, sent in a few NDJSON chunks. */
  text: string;
  promptEvalCount?: number;
  evalCount?: number;
}

export interface FakeOllama {
  url: string;
  /** Every /api/chat request body received, in order. */
  calls: { model: string; messages: { role: string; content: string }[]; stream: boolean }[];
  /** The answer for the next calls (each call takes the first queued answer, or repeats the last one). */
  answer(...answers: FakeAnswer[]): void;
  close(): Promise<void>;
}

/** A scripted Ollama on a free port: POST /api/chat answers NDJSON like Ollama, usage in the final line. */
export async function startFakeOllama(): Promise<FakeOllama> {
  let queue: FakeAnswer[] = [{ text: '{"title":"","description":""}', promptEvalCount: 1, evalCount: 1 }];
  const calls: FakeOllama['calls'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/api/chat') {
        res.writeHead(404).end();
        return;
      }
      const parsed = JSON.parse(body);
      calls.push(parsed);
      const answer = (queue.length > 1 ? queue.shift() : queue[0]) as FakeAnswer;
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      const at = '2026-01-01T00:00:00Z';
      const pieces = answer.text.match(/[\s\S]{1,16}/g) ?? [''];
      for (const piece of pieces)
        res.write(
          `${JSON.stringify({ model: parsed.model, created_at: at, message: { role: 'assistant', content: piece }, done: false })}\n`,
        );
      res.end(
        `${JSON.stringify({
          model: parsed.model,
          created_at: at,
          message: { role: 'assistant', content: '' },
          done: true,
          done_reason: 'stop',
          ...(answer.promptEvalCount !== undefined ? { prompt_eval_count: answer.promptEvalCount } : {}),
          ...(answer.evalCount !== undefined ? { eval_count: answer.evalCount } : {}),
        })}\n`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    answer(...answers) {
      queue = answers;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
