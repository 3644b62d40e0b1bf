import { z } from 'zod';
import { ChatSuggestion } from './chat-suggestions';
import type { ErrorCode } from './errors';
import { pageOf } from './pagination';
import { longText } from './text';

/** `POST /api/v1/ai/chat`: a message, in a new conversation or one of yours. */
export const ChatRequest = z.strictObject({
  conversationId: z
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1)
    .optional(),
  message: longText().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters'),
});
export type ChatRequest = z.infer<typeof ChatRequest>;

/** `GET /api/v1/ai/status`: whether the assistant is on (the model server is not contacted to answer). */
export const AssistantStatus = z.object({
  configured: z.boolean(),
  model: z.string().nullable(),
  /** When not configured: what the server's operator sets to turn it on. */
  howToConfigure: z.string().nullable(),
});
export type AssistantStatus = z.infer<typeof AssistantStatus>;

/**
 * The tools the chat's model may use, and what each says it did ("Looked up your builds"). The `propose_`
 * tools change nothing: each stores a pending suggestion that the user accepts or rejects.
 */
export const CHAT_TOOLS = {
  search_parts: 'Searched your parts',
  get_part: 'Looked at one of your parts',
  search_builds: 'Looked up your builds',
  get_build: 'Looked at a build and its compatibility',
  check_compatibility: 'Checked whether parts work together',
  get_profit_summary: 'Looked at your profit and sales figures',
  search_catalog: 'Searched the parts catalog',
  propose_add_part_to_build: 'Proposed adding a part to a build',
  propose_reprice_listing: 'Proposed a new price for a listing',
} as const;
export type ChatToolName = keyof typeof CHAT_TOOLS;
/** The tools that propose a change (stored as a pending suggestion); the others only read. */
export type ProposalToolName = Extract<ChatToolName, `propose_${string}`>;

/** The sentence shown for a tool the model used; a name that is not a tool says so. */
export const toolSentence = (name: string): string =>
  name in CHAT_TOOLS ? CHAT_TOOLS[name as ChatToolName] : `Asked for "${name}", which is not a tool it has`;

export const ConversationId = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

export const ChatConversationSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ChatConversationSummary = z.infer<typeof ChatConversationSummary>;

export const ChatConversationList = pageOf(ChatConversationSummary);
export type ChatConversationList = z.infer<typeof ChatConversationList>;

export const ChatMessageView = z.object({
  id: z.number().int(),
  role: z.enum(['user', 'assistant', 'tool']),
  /** The text; for a tool, the sentence saying what was looked up. */
  content: z.string(),
  tool: z.string().nullable().describe('The tool used, for role "tool"'),
  /** What a proposal tool stored, with its status now (pending until accepted or rejected). */
  suggestion: ChatSuggestion.nullable(),
  createdAt: z.string(),
});
export type ChatMessageView = z.infer<typeof ChatMessageView>;

export const ChatConversation = ChatConversationSummary.extend({ messages: z.array(ChatMessageView) });
export type ChatConversation = z.infer<typeof ChatConversation>;

/** The data of the stream's events (`event: token|tool|suggestion|done|error`, `data:` one JSON object each). */
export interface ChatStreamEvents {
  token: { text: string };
  tool: { name: string; sentence: string; ok: boolean };
  /** A proposal the model made, stored as a pending suggestion; it follows the `tool` event of its tool. */
  suggestion: ChatSuggestion;
  done: { conversationId: number; messageId: number; usage: { inputTokens: number; outputTokens: number } };
  error: { conversationId: number; error: { code: ErrorCode; message: string } };
}
