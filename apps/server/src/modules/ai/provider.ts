import type { AIMessage, AIMessageChunk, BaseMessage } from '@langchain/core/messages';
import type { AiConfig } from '../../config';
import { AppError } from '../../core/errors';
import { countMessageTokens, countTokens } from './tokens';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ToolCall {
  id: string;
  name: string;
  args: Record<string, unknown>;
}

/** A message of a conversation with tools: the model's tool calls and the answers fed back. */
export type TurnMessage =
  | ChatMessage
  | { role: 'assistant'; content: string; toolCalls: ToolCall[] }
  | { role: 'tool'; content: string; toolCallId: string };

/** A tool the model may call: its name, what it does, and its arguments as a JSON schema object. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export interface ChatResult {
  text: string;
  inputTokens: number;
  outputTokens: number;
  /** True when the server reported no usage and the tokens were estimated. */
  estimated: boolean;
}

export interface RoundResult extends ChatResult {
  toolCalls: ToolCall[];
}

export interface ChatModel {
  readonly model: string;
  chat(messages: ChatMessage[], signal?: AbortSignal): Promise<ChatResult>;
}

/** A model that can also stream one round of a conversation with tools. */
export interface ToolChatModel extends ChatModel {
  /** Streams the answer's text through `onToken`; resolves with the text, the tool calls asked for and the usage. */
  round(
    messages: TurnMessage[],
    tools: ToolSpec[],
    onToken: (text: string) => void,
    signal?: AbortSignal,
  ): Promise<RoundResult>;
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

/**
 * LangChain, loaded on the first model call: with its clients it is ~13 MB of every worker's heap, which each
 * full garbage collection would mark again while the assistant is off or unused.
 */
const importLangchain = () =>
  Promise.all([
    import('@langchain/core/messages'),
    import('@langchain/ollama'),
    import('@langchain/openai'),
  ]).then(([{ AIMessage, HumanMessage, SystemMessage, ToolMessage }, { ChatOllama }, { ChatOpenAI }]) => ({
    AIMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
    ChatOllama,
    ChatOpenAI,
  }));
let langchain: ReturnType<typeof importLangchain> | null = null;
const loadLangchain = () => {
  langchain ??= importLangchain();
  return langchain;
};

/**
 * A LangChain chat model for one call. A new instance per call, with the call's signal wired into its fetch:
 * ChatOllama's abort() stops every stream of its client, and a stream still waiting for its first line would
 * otherwise keep running after the caller gave up.
 */
async function langchainModel(config: AiConfig, signal: AbortSignal) {
  const { ChatOllama, ChatOpenAI } = await loadLangchain();
  const fetchWithSignal: typeof fetch = (input, init) =>
    fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
  if (config.provider === 'ollama')
    return new ChatOllama({
      baseUrl: config.baseUrl,
      model: config.model,
      maxRetries: 0,
      fetch: fetchWithSignal,
    });
  // Never `streaming: true` here: with .invoke() LangChain would count tokens with tiktoken, fetched online.
  return new ChatOpenAI({
    model: config.model,
    apiKey: config.apiKey ?? 'none',
    maxRetries: 0,
    configuration: { baseURL: config.baseUrl, fetch: fetchWithSignal },
  });
}

async function toLangchain(messages: readonly TurnMessage[]): Promise<BaseMessage[]> {
  const { AIMessage, HumanMessage, SystemMessage, ToolMessage } = await loadLangchain();
  return messages.map((m) => {
    if (m.role === 'system') return new SystemMessage(m.content);
    if (m.role === 'user') return new HumanMessage(m.content);
    if (m.role === 'tool') return new ToolMessage({ content: m.content, tool_call_id: m.toolCallId });
    const toolCalls = 'toolCalls' in m ? m.toolCalls : [];
    return new AIMessage({
      content: m.content,
      tool_calls: toolCalls.map((c) => ({
        id: c.id,
        name: c.name,
        args: c.args,
        type: 'tool_call' as const,
      })),
    });
  });
}

const textOf = (content: AIMessage['content']) =>
  typeof content === 'string'
    ? content
    : content.map((c) => (c.type === 'text' && typeof c.text === 'string' ? c.text : '')).join('');

/**
 * The tokens the server reported (`usage_metadata`: Ollama's prompt_eval_count/eval_count, OpenAI's usage),
 * each counted with the tokenizer instead when the server reported none, and then marked estimated.
 */
async function withUsage(
  message: AIMessage | AIMessageChunk,
  messages: readonly TurnMessage[],
  text: string,
  toolCalls: readonly ToolCall[],
): Promise<ChatResult> {
  const reportedIn = message.usage_metadata?.input_tokens ?? 0;
  const reportedOut = message.usage_metadata?.output_tokens ?? 0;
  const inputTokens = reportedIn > 0 ? reportedIn : await countMessageTokens(messages);
  const outputTokens =
    reportedOut > 0
      ? reportedOut
      : await countTokens(text + (toolCalls.length ? JSON.stringify(toolCalls.map((c) => c.args)) : ''));
  return { text, inputTokens, outputTokens, estimated: reportedIn <= 0 || reportedOut <= 0 };
}

function toolCallsOf(message: AIMessage | AIMessageChunk): ToolCall[] {
  return (message.tool_calls ?? []).map((c, i) => ({ id: c.id ?? `call_${i}`, name: c.name, args: c.args }));
}

/**
 * The configured model server through LangChain (ChatOllama, or ChatOpenAI against any OpenAI-compatible
 * server), or null when the assistant is off. Nothing is contacted until a call is made.
 */
export function createChatModel(config: AiConfig): ToolChatModel | null {
  if (config.provider === 'none') return null;

  async function guarded<T>(
    signal: AbortSignal | undefined,
    call: (both: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const timeout = AbortSignal.timeout(config.timeoutMs);
    const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      return await call(both);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (timeout.aborted) throw unavailable(`no answer within ${Math.round(config.timeoutMs / 1000)} s`);
      if (signal?.aborted) throw unavailable('the request was cancelled');
      throw unavailable(error instanceof Error ? error.message : 'unknown error');
    }
  }

  return {
    model: config.model,
    chat: (messages, signal) =>
      guarded(signal, async (both) => {
        const llm = await langchainModel(config, both);
        const answer = await llm.invoke(await toLangchain(messages), { signal: both });
        return withUsage(answer, messages, textOf(answer.content), []);
      }),
    round: (messages, tools, onToken, signal) =>
      guarded(signal, async (both) => {
        const llm = await langchainModel(config, both);
        const runnable = tools.length
          ? llm.bindTools(tools.map((t) => ({ type: 'function' as const, function: t })))
          : llm;
        let full: AIMessageChunk | undefined;
        for await (const chunk of await runnable.stream(await toLangchain(messages), { signal: both })) {
          const piece = textOf(chunk.content);
          if (piece) onToken(piece);
          full = full ? full.concat(chunk) : chunk;
        }
        if (!full) throw unavailable('an empty answer');
        const toolCalls = toolCallsOf(full);
        const result = await withUsage(full, messages, textOf(full.content), toolCalls);
        return { ...result, toolCalls };
      }),
  };
}

/**
 * At most `perUser` model calls at once per user and `perProcess` in this process; past either the call is
 * refused as busy (429) rather than queued forever. `acquire` takes a slot up front (a stream must know
 * before it opens) and returns its release.
 */
export function createConcurrencyGate(perUser: number, perProcess = Number.POSITIVE_INFINITY) {
  const running = new Map<string, number>();
  let total = 0;
  function acquire(ownerId: string): () => void {
    const now = running.get(ownerId) ?? 0;
    if (now >= perUser)
      throw new AppError(
        'RATE_LIMITED',
        `The assistant is already working on ${now} of your requests; try again when one finishes.`,
      );
    if (total >= perProcess)
      throw new AppError('RATE_LIMITED', 'The assistant is busy with other requests; try again in a moment.');
    running.set(ownerId, now + 1);
    total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      total -= 1;
      const left = (running.get(ownerId) ?? 1) - 1;
      if (left <= 0) running.delete(ownerId);
      else running.set(ownerId, left);
    };
  }
  async function gated<T>(ownerId: string, work: () => Promise<T>): Promise<T> {
    const release = acquire(ownerId);
    try {
      return await work();
    } finally {
      release();
    }
  }
  return Object.assign(gated, { acquire });
}

export type ConcurrencyGate = ReturnType<typeof createConcurrencyGate>;

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
