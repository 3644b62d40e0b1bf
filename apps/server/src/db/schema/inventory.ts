import {
  CATEGORIES,
  type Category,
  CHANNELS,
  type Channel,
  CONDITIONS,
  type Condition,
  PART_STATUSES,
  type PartStatus,
} from '@partwise/shared';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { ownerId } from './accounts';
import { createdAt, oneOf, timestamptz, updatedAt } from './columns';

// --- Inventory ---

export const catalogPart = pgTable(
  'catalog_part',
  {
    id: text('id').primaryKey(),
    category: text('category').$type<Category>().notNull(),
    name: text('name').notNull(),
    brand: text('brand'),
    priceCents: integer('price_cents'),
    specs: jsonb('specs').notNull().$type<Record<string, unknown>>(),
    /** Lower-cased words searched by autocomplete: name, chipset, brand, spec words ("16gb", "ddr4"). */
    searchText: text('search_text').notNull(),
    /** The row's place in the dataset, which lists parts most popular first (PCPartPicker's order). */
    popularity: integer('popularity').notNull().default(0),
    /** The model's words (name without brand and capacity, plus the GPU chip), as search text. */
    modelText: text('model_text').notNull().default(''),
    /** How many model words: among equal matches, fewer words the person did not type rank higher. */
    modelWords: integer('model_words').notNull().default(0),
    /** A GPU's chip words that tell it from others ("3060 ti"), as search text, and how many. */
    chipText: text('chip_text').notNull().default(''),
    chipWords: integer('chip_words').notNull().default(0),
    /** The most popular row with the same category, name and specs; search shows only those. */
    variantOf: text('variant_of'),
    /** How many rows share this row's category, name and specs. */
    variants: integer('variants').notNull().default(1),
    /** The lowest price among those rows. */
    lowestPriceCents: integer('lowest_price_cents'),
  },
  (t) => [
    index('catalog_part_category_idx').on(t.category),
    index('catalog_part_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Every word of the catalog's search text, for correcting typos in a search. */
export const catalogWord = pgTable(
  'catalog_word',
  {
    word: text('word').primaryKey(),
    /** Rows whose search text has the word: corrections prefer common words. */
    parts: integer('parts').notNull(),
  },
  (t) => [
    index('catalog_word_prefix_idx').using('btree', t.word.op('text_pattern_ops')),
    index('catalog_word_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
  ],
);

/** Which version of the catalog import filled catalog_part: a newer one re-imports at start. */
export const catalogImport = pgTable('catalog_import', {
  version: integer('version').primaryKey(),
  parts: integer('parts').notNull(),
  importedAt: timestamptz('imported_at').notNull().defaultNow(),
});

/** One purchase of several parts for one price; the price is split across the parts. */
export const purchaseLot = pgTable(
  'purchase_lot',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    name: text('name').notNull(),
    // int8 like every total, though one lot's price is capped by the shared schema.
    totalCostCents: bigint('total_cost_cents', { mode: 'number' }).notNull(),
    acquiredAt: date('acquired_at', { mode: 'string' }).notNull(),
    source: text('source'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('purchase_lot_owner_idx').on(t.ownerId, t.acquiredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

export const part = pgTable(
  'part',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    name: text('name').notNull(),
    category: text('category').$type<Category>().notNull(),
    brand: text('brand'),
    model: text('model'),
    condition: text('condition').$type<Condition>().notNull().default('used'),
    grade: smallint('grade'),
    status: text('status').$type<PartStatus>().notNull().default('in_stock'),
    costCents: integer('cost_cents').notNull().default(0),
    acquiredAt: date('acquired_at', { mode: 'string' }).notNull().default(sql`current_date`),
    /** The owner's date the part was archived (written off without a sale); null unless archived. */
    archivedAt: date('archived_at', { mode: 'string' }),
    source: text('source'),
    serial: text('serial'),
    notes: text('notes'),
    specs: jsonb('specs').notNull().default({}).$type<Record<string, unknown>>(),
    catalogPartId: text('catalog_part_id').references(() => catalogPart.id, { onDelete: 'set null' }),
    lotId: bigint('lot_id', { mode: 'number' }).references(() => purchaseLot.id, { onDelete: 'set null' }),
    /** The part's share of its lot's price, relative to the lot's other parts (null outside a lot). */
    lotWeight: doublePrecision('lot_weight'),
    /** What the user expects it to sell for; valuation uses it as is when set. */
    expectedPriceCents: integer('expected_price_cents'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The default list (newest first) and the filtered list (status + category) are index scans. The status
    // after the (unique) id changes no order: it makes counting a day's purchases by status (sold, held: the
    // ledger's sell-through per acquired day, recomputeDays) an index-only scan of that day.
    index('part_owner_acquired_idx').on(
      t.ownerId,
      t.acquiredAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
      t.status,
    ),
    index('part_owner_status_category_idx').on(
      t.ownerId,
      t.status,
      t.category,
      t.acquiredAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('part_lot_idx').on(t.lotId),
    index('part_owner_serial_idx').on(t.ownerId, t.serial),
    check('part_cost_nonnegative', sql`${t.costCents} >= 0`),
    check('part_grade_range', sql`${t.grade} between 1 and 5`),
    check('part_category_valid', oneOf(t.category, CATEGORIES)),
    check('part_condition_valid', oneOf(t.condition, CONDITIONS)),
    check('part_status_valid', oneOf(t.status, PART_STATUSES)),
    check('part_lot_weight_positive', sql`${t.lotWeight} > 0`),
    check('part_expected_price_nonnegative', sql`${t.expectedPriceCents} >= 0`),
  ],
);

export const partPhoto = pgTable(
  'part_photo',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: ownerId(),
    partId: bigint('part_id', { mode: 'number' })
      .notNull()
      .references(() => part.id, { onDelete: 'cascade' }),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('part_photo_part_idx').on(t.ownerId, t.partId)],
);

/** Who changed what: one row per change of a user's record. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    /** Who made the change: the owner or an administrator; null for a scheduled job or a webhook. */
    actorId: text('actor_id'),
    /** How the change came: the app, an API token, the admin console, a job, a webhook, the assistant. */
    via: text('via').$type<Channel>().notNull().default('session'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull().default({}).$type<Record<string, { from: unknown; to: unknown }>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.ownerId, t.entity, t.entityId, t.createdAt),
    check('audit_log_via_valid', oneOf(t.via, CHANNELS)),
  ],
);
