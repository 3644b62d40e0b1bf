import type { AiFeature } from '@partwise/shared';
import { bigint, check, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { user } from './accounts';
import { aiSuggestion } from './ai-suggestions';
import { createdAt, oneOf, updatedAt } from './columns';

/** One tech-chat conversation of a user with the assistant. */
export const chatConversation = pgTable(
  'chat_conversation',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('chat_conversation_owner_updated_idx').on(
      t.ownerId,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
  ],
);

/** A message of a conversation: the user's, the assistant's answer, or a tool the assistant used. */
export const chatMessage = pgTable(
  'chat_message',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    conversationId: bigint('conversation_id', { mode: 'number' })
      .notNull()
      .references(() => chatConversation.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    content: text('content').notNull(),
    /** For role 'tool': the tool's name and the arguments the model gave it. */
    toolName: text('tool_name'),
    toolArgs: jsonb('tool_args'),
    /** For a proposal tool: the pending suggestion it stored (shown in the conversation with its status). */
    suggestionId: bigint('suggestion_id', { mode: 'number' }).references(() => aiSuggestion.id, {
      onDelete: 'set null',
    }),
    createdAt: createdAt(),
  },
  (t) => [
    check('chat_message_role_valid', oneOf(t.role, ['user', 'assistant', 'tool'])),
    index('chat_message_conversation_idx').on(t.ownerId, t.conversationId, t.id),
  ],
);

/**
 * Model answers kept so that an identical request is not billed twice (listing drafts, build rationales), in
 * the database so every server process shares them and a restart keeps them. Read for 30 days, then pruned
 * by the nightly job.
 */
export const aiCache = pgTable(
  'ai_cache',
  {
    ownerId: text('owner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    /** SHA-256 of everything the answer depends on: the feature, the model, the prompt's version and input. */
    key: text('key').notNull(),
    feature: text('feature').$type<AiFeature>().notNull(),
    value: jsonb('value').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.key] })],
);
