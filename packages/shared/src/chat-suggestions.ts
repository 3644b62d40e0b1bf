import { z } from 'zod';
import { SuggestionStatus } from './build-suggestions';
import { formatCents } from './money';

/** What the tech chat's model may propose; each proposal is stored as a pending `ai_suggestion` of its kind. */
export const CHAT_SUGGESTION_KINDS = ['add_part_to_build', 'reprice_listing'] as const;
export const ChatSuggestionKind = z.enum(CHAT_SUGGESTION_KINDS);
export type ChatSuggestionKind = z.infer<typeof ChatSuggestionKind>;

/** Every kind of `ai_suggestion`: `build` from the build optimizer, the others from the tech chat. */
export const SUGGESTION_KINDS = ['build', ...CHAT_SUGGESTION_KINDS] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** The change a chat suggestion makes, with the names and figures it was proposed on. */
export const ChatSuggestionChange = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('add_part_to_build'),
    buildId: z.number().int(),
    buildName: z.string(),
    partId: z.number().int(),
    partName: z.string(),
    /** The part of the build it takes the place of (it goes back to stock), if any. */
    replaces: z.object({ partId: z.number().int(), partName: z.string() }).nullable(),
  }),
  z.object({
    kind: z.literal('reprice_listing'),
    listingId: z.number().int(),
    title: z.string(),
    /** The listing's price when it was proposed: accepting checks it is still the same. */
    fromCents: z.number().int(),
    toCents: z.number().int(),
  }),
]);
export type ChatSuggestionChange = z.infer<typeof ChatSuggestionChange>;

/**
 * A change the chat's model proposed (event `suggestion` of the chat stream, and on the conversation's tool
 * message): nothing changes until it is accepted with `POST /api/v1/ai/suggestions/{id}/accept`.
 */
export const ChatSuggestion = z.object({
  id: z.number().int(),
  kind: ChatSuggestionKind,
  status: SuggestionStatus,
  /** The change in one sentence, as the model was told it. */
  summary: z.string(),
  change: ChatSuggestionChange,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ChatSuggestion = z.infer<typeof ChatSuggestion>;

const dollars = (cents: number) => formatCents(cents, 'USD', 'en-US');

/** The change in one sentence: what the model is told it proposed and what the card says. */
export function chatSuggestionSummary(change: ChatSuggestionChange): string {
  if (change.kind === 'reprice_listing')
    return `Change the price of “${change.title}” from ${dollars(change.fromCents)} to ${dollars(change.toCents)}`;
  if (change.replaces)
    return `Put “${change.partName}” in “${change.buildName}” in place of “${change.replaces.partName}”`;
  return `Add “${change.partName}” to “${change.buildName}”`;
}
