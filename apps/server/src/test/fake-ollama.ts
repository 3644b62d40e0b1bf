import { contentOf, type FakeModelServer, piecesOf, startFakeModelServer } from './fake-model-server';

export type { FakeAnswer } from './fake-model-server';
export type FakeOllama = FakeModelServer;

/**
 * A scripted Ollama on a free port: POST /api/chat answers NDJSON like Ollama (always streamed, as ChatOllama
 * asks), tool calls in a message's `tool_calls`, usage as prompt_eval_count/eval_count in the final line.
 */
export function startFakeOllama(port?: number): Promise<FakeOllama> {
  return startFakeModelServer({
    path: '/api/chat',
    port,
    env: (url) => ({ AI_PROVIDER: 'ollama', OLLAMA_BASE_URL: url }),
    normalize: (body) => ({
      model: String(body.model),
      stream: body.stream !== false,
      messages: ((body.messages as unknown[]) ?? []).map(contentOf),
      tools: ((body.tools as { function: { name: string } }[] | undefined) ?? []).map((t) => t.function.name),
      body,
    }),
    async respond(body, answer, res, stall) {
      const at = '2026-01-01T00:00:00Z';
      const line = (message: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
        `${JSON.stringify({ model: body.model, created_at: at, message: { role: 'assistant', ...message }, done: false, ...extra })}\n`;
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      const pieces = piecesOf(answer.text);
      for (const [i, piece] of pieces.entries()) {
        res.write(line({ content: piece }));
        if (i === 0 && answer.stall) return stall();
      }
      if (answer.toolCalls?.length)
        res.write(
          line({
            content: '',
            tool_calls: answer.toolCalls.map((c) => ({ function: { name: c.name, arguments: c.args } })),
          }),
        );
      res.end(
        line(
          { content: '' },
          {
            done: true,
            done_reason: 'stop',
            ...(answer.inputTokens !== undefined ? { prompt_eval_count: answer.inputTokens } : {}),
            ...(answer.outputTokens !== undefined ? { eval_count: answer.outputTokens } : {}),
          },
        ),
      );
    },
  });
}
