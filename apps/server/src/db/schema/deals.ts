import type { DealAssistant, DealCheck, DealItem, Platform } from '@partwise/shared';
import { PLATFORMS } from '@partwise/shared';
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, smallint, text } from 'drizzle-orm/pg-core';
import { ownerId } from './accounts';
import { createdAt, oneOf, updatedAt } from './columns';
import { purchaseLot } from './inventory';

/**
 * The figures of a deal check as they were when it was made (kept so later sales can be compared). Checks kept
 * before the assistant could read listings have no `assistant` and no item `origin`.
 */
export type DealResult = Omit<
  DealCheck,
  'id' | 'createdAt' | 'text' | 'platform' | 'askingPriceCents' | 'lotId' | 'items' | 'assistant'
> & {
  items: (Omit<DealItem, 'origin'> & Partial<Pick<DealItem, 'origin'>>)[];
  assistant?: DealAssistant | null;
};

/** A listing checked before buying: what was read, valued and advised; the lot when it was bought. */
export const dealCheck = pgTable(
  'deal_check',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    text: text('text').notNull(),
    platform: text('platform').$type<Platform>().notNull(),
    askingPriceCents: integer('asking_price_cents'),
    result: jsonb('result').notNull().$type<DealResult>(),
    lotId: bigint('lot_id', { mode: 'number' }).references(() => purchaseLot.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('deal_check_owner_idx').on(t.ownerId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check('deal_check_platform_valid', oneOf(t.platform, PLATFORMS)),
  ],
);

/** The user's own settings for deal checks; no row: the defaults. */
export const dealPreference = pgTable(
  'deal_preference',
  {
    ownerId: ownerId().primaryKey(),
    /** Profit ÷ sale price a deal must leave. */
    targetMarginPercent: smallint('target_margin_percent').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [check('deal_preference_margin_range', sql`${t.targetMarginPercent} between 0 and 90`)],
);
