import type { ServerResponse } from 'node:http';
import {
  contentOf,
  type FakeAnswer,
  type FakeModelServer,
  piecesOf,
  startFakeModelServer,
} from './fake-model-server';

export type FakeOpenAi = FakeModelServer;

const usageOf = (answer: FakeAnswer) =>
  answer.inputTokens !== undefined && answer.outputTokens !== undefined
    ? {
        prompt_tokens: answer.inputTokens,
        completion_tokens: answer.outputTokens,
        total_tokens: answer.inputTokens + answer.outputTokens,
      }
    : undefined;

/**
 * A scripted OpenAI-compatible server on a free port: POST /v1/chat/completions answers JSON, or Server-Sent
 * Events when `stream` is set (the first delta carries the role; tool calls as `tool_calls` deltas; usage in
 * a last chunk with no choices when `stream_options.include_usage` asks for it; then `[DONE]`).
 */
export function startFakeOpenAi(): Promise<FakeOpenAi> {
  return startFakeModelServer({
    path: '/v1/chat/completions',
    env: (url) => ({ AI_PROVIDER: 'openai', OPENAI_BASE_URL: `${url}/v1`, OPENAI_API_KEY: 'sk-test' }),
    normalize: (body) => ({
      model: String(body.model),
      stream: body.stream === true,
      messages: ((body.messages as unknown[]) ?? []).map(contentOf),
      tools: ((body.tools as { function: { name: string } }[] | undefined) ?? []).map((t) => t.function.name),
      body,
    }),
    respond(body, answer, res, stall) {
      const toolCalls = (answer.toolCalls ?? []).map((c, i) => ({
        id: `call_${i + 1}`,
        type: 'function' as const,
        function: { name: c.name, arguments: JSON.stringify(c.args) },
      }));
      const finish = toolCalls.length ? 'tool_calls' : 'stop';
      const head = { id: 'chatcmpl-fake', created: 1_767_225_600, model: body.model };
      if (body.stream !== true) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            ...head,
            object: 'chat.completion',
            choices: [
              {
                index: 0,
                message: {
                  role: 'assistant',
                  content: answer.text,
                  ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
                },
                finish_reason: finish,
              },
            ],
            ...(usageOf(answer) ? { usage: usageOf(answer) } : {}),
          }),
        );
        return;
      }
      return streamAnswer(res, head, answer, toolCalls, finish, body, stall);
    },
  });
}

async function streamAnswer(
  res: ServerResponse,
  head: Record<string, unknown>,
  answer: FakeAnswer,
  toolCalls: { id: string; type: 'function'; function: { name: string; arguments: string } }[],
  finish: string,
  body: Record<string, unknown>,
  stall: () => Promise<void>,
) {
  const send = (chunk: Record<string, unknown>) =>
    res.write(`data: ${JSON.stringify({ ...head, object: 'chat.completion.chunk', ...chunk })}\n\n`);
  const delta = (d: Record<string, unknown>, finishReason: string | null = null) =>
    send({ choices: [{ index: 0, delta: d, finish_reason: finishReason }] });
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  delta({ role: 'assistant', content: '' });
  for (const [i, piece] of piecesOf(answer.text).entries()) {
    delta({ content: piece });
    if (i === 0 && answer.stall) return stall();
  }
  for (const [index, call] of toolCalls.entries()) {
    const args = call.function.arguments;
    const half = Math.floor(args.length / 2);
    delta({
      tool_calls: [
        {
          index,
          id: call.id,
          type: 'function',
          function: { name: call.function.name, arguments: args.slice(0, half) },
        },
      ],
    });
    delta({ tool_calls: [{ index, function: { arguments: args.slice(half) } }] });
  }
  delta({}, finish);
  const usage = usageOf(answer);
  if (usage && (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage)
    send({ choices: [], usage });
  res.end('data: [DONE]\n\n');
}
