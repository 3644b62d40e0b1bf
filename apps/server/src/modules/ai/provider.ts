import type { AiConfig } from '../../config';
import { AppError } from '../../core/errors';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatResult {
  text: string;
  inputTokens: number;
  outputTokens: number;
  /** True when the server reported no usage and the tokens were estimated. */
  estimated: boolean;
}

export interface ChatModel {
  readonly model: string;
  chat(messages: ChatMessage[], signal?: AbortSignal): Promise<ChatResult>;
}

const HOW_TO_CONFIGURE =
  'Set AI_PROVIDER=ollama (and OLLAMA_BASE_URL, AI_MODEL) or AI_PROVIDER=openai (and OPENAI_BASE_URL, OPENAI_API_KEY) and restart; see "Running the assistant with Ollama" in the README.';

export const notConfigured = () =>
  new AppError('AI_NOT_CONFIGURED', `The assistant is not configured. ${HOW_TO_CONFIGURE}`);

const unavailable = (why: string) =>
  new AppError(
    'AI_UNAVAILABLE',
    `The assistant's model server did not answer (${why}). Check that it is running and reachable, then try again.`,
  );

/** A rough token count (about 3 characters a token for English with numbers), used only to estimate. */
export const estimateTokens = (text: string) => Math.ceil(text.length / 3);

/**
 * The configured model server, or null when the assistant is off. Ollama's /api/chat (NDJSON stream, usage in
 * prompt_eval_count/eval_count of the last line) or an OpenAI-compatible /chat/completions (usage in `usage`).
 * Nothing is contacted until a call is made.
 */
export function createChatModel(config: AiConfig): ChatModel | null {
  if (config.provider === 'none') return null;
  const call = config.provider === 'ollama' ? ollamaChat : openaiChat;
  return {
    model: config.model,
    async chat(messages, signal) {
      const timeout = AbortSignal.timeout(config.timeoutMs);
      const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
      try {
        return await call(config, messages, both);
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (timeout.aborted) throw unavailable(`no answer within ${Math.round(config.timeoutMs / 1000)} s`);
        throw unavailable(error instanceof Error ? error.message : 'unknown error');
      }
    },
  };
}

async function ollamaChat(
  config: AiConfig,
  messages: ChatMessage[],
  signal: AbortSignal,
): Promise<ChatResult> {
  const response = await fetch(`${config.baseUrl}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: config.model, messages, stream: true }),
    signal,
  });
  if (!response.ok) throw unavailable(`HTTP ${response.status}`);
  const body = await response.text();
  let text = '';
  let input: number | null = null;
  let output: number | null = null;
  for (const line of body.split('\n')) {
    if (!line.trim()) continue;
    const chunk = JSON.parse(line) as {
      message?: { content?: string };
      prompt_eval_count?: number;
      eval_count?: number;
      error?: string;
    };
    if (chunk.error) throw unavailable(chunk.error);
    text += chunk.message?.content ?? '';
    if (typeof chunk.prompt_eval_count === 'number') input = chunk.prompt_eval_count;
    if (typeof chunk.eval_count === 'number') output = chunk.eval_count;
  }
  return withUsage(text, messages, input, output);
}

async function openaiChat(
  config: AiConfig,
  messages: ChatMessage[],
  signal: AbortSignal,
): Promise<ChatResult> {
  const response = await fetch(`${config.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
    },
    body: JSON.stringify({ model: config.model, messages, stream: false }),
    signal,
  });
  if (!response.ok) throw unavailable(`HTTP ${response.status}`);
  const json = (await response.json()) as {
    choices?: { message?: { content?: string } }[];
    usage?: { prompt_tokens?: number; completion_tokens?: number };
  };
  const text = json.choices?.[0]?.message?.content ?? '';
  return withUsage(text, messages, json.usage?.prompt_tokens ?? null, json.usage?.completion_tokens ?? null);
}

function withUsage(
  text: string,
  messages: ChatMessage[],
  input: number | null,
  output: number | null,
): ChatResult {
  if (input !== null && output !== null)
    return { text, inputTokens: input, outputTokens: output, estimated: false };
  return {
    text,
    inputTokens: input ?? estimateTokens(messages.map((m) => m.content).join('\n')),
    outputTokens: output ?? estimateTokens(text),
    estimated: true,
  };
}

/** At most `perUser` model calls at once per user; past it the call is refused as busy rather than queued forever. */
export function createConcurrencyGate(perUser: number) {
  const running = new Map<string, number>();
  return async function gated<T>(ownerId: string, work: () => Promise<T>): Promise<T> {
    const now = running.get(ownerId) ?? 0;
    if (now >= perUser)
      throw new AppError(
        'RATE_LIMITED',
        `The assistant is already working on ${now} of your requests; try again when one finishes.`,
      );
    running.set(ownerId, now + 1);
    try {
      return await work();
    } finally {
      const left = (running.get(ownerId) ?? 1) - 1;
      if (left <= 0) running.delete(ownerId);
      else running.set(ownerId, left);
    }
  };
}

/**
 * For the admin's system page: the provider, the model, and whether its server answers now (Ollama's model
 * list, or the OpenAI-compatible /models, within 2 s). Not configured: `none`, never reachable.
 */
export async function providerStatus(
  config: AiConfig,
): Promise<{ provider: string; model: string; reachable: boolean }> {
  const status = { provider: config.provider, model: config.model };
  if (config.provider === 'none') return { ...status, reachable: false };
  const base = config.baseUrl.replace(/\/+$/, '');
  const url = config.provider === 'ollama' ? `${base}/api/tags` : `${base}/models`;
  try {
    const response = await fetch(url, {
      headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
      signal: AbortSignal.timeout(2_000),
    });
    await response.body?.cancel();
    return { ...status, reachable: response.ok };
  } catch {
    return { ...status, reachable: false };
  }
}
