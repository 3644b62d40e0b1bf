import {
  CHAT_SUGGESTION_KINDS,
  type ChatSuggestion,
  ChatSuggestionChange,
  type ChatSuggestionKind,
  chatSuggestionSummary,
} from '@partwise/shared';
import { isPastTtl, type SuggestionRow } from './locked';

const isChatKind = (kind: string): kind is ChatSuggestionKind =>
  (CHAT_SUGGESTION_KINDS as readonly string[]).includes(kind);

/**
 * A chat suggestion as the conversation shows it; one still pending past its time shows as expired (accepting
 * it would say so). Null for a row that is not a chat proposal.
 */
export function toChatSuggestion(row: SuggestionRow, now: Date): ChatSuggestion | null {
  const parsed = ChatSuggestionChange.safeParse((row.proposal as { change?: unknown }).change);
  if (!isChatKind(row.kind) || !parsed.success) return null;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status === 'pending' && isPastTtl(row, now) ? 'expired' : row.status,
    summary: chatSuggestionSummary(parsed.data),
    change: parsed.data,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
