import {
  type AcknowledgedProblem,
  BUILD_STATUSES,
  type BuildStatus,
  CATEGORIES,
  type Category,
} from '@partwise/shared';
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ownerId } from './accounts';
import { createdAt, oneOf, timestamptz, updatedAt } from './columns';
import { catalogPart, part } from './inventory';

// --- Builds ---

export const build = pgTable(
  'build',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    name: text('name').notNull(),
    status: text('status').$type<BuildStatus>().notNull().default('planning'),
    notes: text('notes'),
    targetPriceCents: integer('target_price_cents'),
    /** Why it is sold with problems, the problems that covers (word for word), and when: see sellingProblems. */
    overrideReason: text('override_reason'),
    overrideProblems: jsonb('override_problems').$type<AcknowledgedProblem[]>(),
    overriddenAt: timestamptz('overridden_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('build_owner_idx').on(t.ownerId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check('build_status_valid', oneOf(t.status, BUILD_STATUSES)),
    check('build_target_price_nonnegative', sql`${t.targetPriceCents} >= 0`),
  ],
);

/** A part in a build. The unique part_id is what guarantees a part is in at most one build, even under races. */
export const buildPart = pgTable(
  'build_part',
  {
    buildId: bigint('build_id', { mode: 'number' })
      .notNull()
      .references(() => build.id, { onDelete: 'cascade' }),
    partId: bigint('part_id', { mode: 'number' })
      .notNull()
      .references(() => part.id, { onDelete: 'restrict' }),
    ownerId: ownerId(),
    addedAt: createdAt(),
  },
  (t) => [uniqueIndex('build_part_part_uq').on(t.partId), index('build_part_build_idx').on(t.buildId)],
);

/** Something still to buy for a build: a catalog part or free text, with what it is expected to cost. */
export const buildPlannedItem = pgTable(
  'build_planned_item',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    buildId: bigint('build_id', { mode: 'number' })
      .notNull()
      .references(() => build.id, { onDelete: 'cascade' }),
    ownerId: ownerId(),
    category: text('category').$type<Category>().notNull(),
    name: text('name').notNull(),
    catalogPartId: text('catalog_part_id').references(() => catalogPart.id, { onDelete: 'set null' }),
    specs: jsonb('specs').notNull().default({}).$type<Record<string, unknown>>(),
    expectedCostCents: integer('expected_cost_cents').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('build_planned_item_build_idx').on(t.buildId),
    check('build_planned_cost_nonnegative', sql`${t.expectedCostCents} >= 0`),
    check('build_planned_category_valid', oneOf(t.category, CATEGORIES)),
  ],
);
