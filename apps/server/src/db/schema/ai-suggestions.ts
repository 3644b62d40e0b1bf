import { SUGGESTION_STATUSES, type SuggestionStatus } from '@partwise/shared';
import { bigint, check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { ownerId } from './accounts';
import { createdAt, oneOf, timestamptz } from './columns';

/** What the assistant proposed: nothing changes until the user accepts it (then it is re-checked). */
export const aiSuggestion = pgTable(
  'ai_suggestion',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    /** What kind of proposal (SUGGESTION_KINDS): `build` (the build optimizer), or a tech-chat proposal. */
    kind: text('kind').notNull(),
    /** The request as the user sent it and as it was read. */
    input: jsonb('input').notNull().$type<Record<string, unknown>>(),
    /**
     * The proposal exactly as shown, with what accepting re-checks (for builds: the options with their parts,
     * costs and values; for the chat's kinds: the change and the statuses and price it was proposed on).
     */
    proposal: jsonb('proposal').notNull().$type<Record<string, unknown>>(),
    status: text('status').$type<SuggestionStatus>().notNull().default('pending'),
    createdAt: createdAt(),
    decidedAt: timestamptz('decided_at'),
  },
  (t) => [
    index('ai_suggestion_owner_created_idx').on(t.ownerId, t.createdAt.desc().nullsFirst()),
    check('ai_suggestion_status_valid', oneOf(t.status, SUGGESTION_STATUSES)),
  ],
);
