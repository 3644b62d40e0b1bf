import type { TurnMessage } from './provider';

type Tokenizer = { encode(text: string, options?: { bos?: boolean; eos?: boolean }): number[] };
let tokenizer: Promise<Tokenizer> | null = null;

/** Loaded on first use: the bundled vocabulary takes about half a second to read. */
function loadTokenizer(): Promise<Tokenizer> {
  tokenizer ??= import('llama3-tokenizer-js').then((m) => m.default);
  return tokenizer;
}

/** Tokens of `text` under Llama 3's tokenizer (no begin/end markers). */
export async function countTokens(text: string): Promise<number> {
  if (!text) return 0;
  return (await loadTokenizer()).encode(text, { bos: false, eos: false }).length;
}

/** Llama 3's chat template adds a header and an end marker around every message, and one begin marker. */
const PER_MESSAGE = 5;

/** The input tokens a call with these messages will use, as Llama 3 counts them. */
export async function countMessageTokens(messages: readonly TurnMessage[]): Promise<number> {
  let total = 1;
  for (const m of messages) {
    total += PER_MESSAGE + (await countTokens(messageText(m)));
  }
  return total;
}

export function messageText(m: TurnMessage): string {
  if (m.role === 'assistant' && 'toolCalls' in m && m.toolCalls.length)
    return `${m.content}${JSON.stringify(m.toolCalls.map((c) => ({ name: c.name, arguments: c.args })))}`;
  return m.content;
}
