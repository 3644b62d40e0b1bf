import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Index sort keys say NULLS FIRST for DESC because that is what ORDER BY ... DESC means in PostgreSQL;
// drizzle-kit would otherwise write NULLS LAST and the planner could not use the index for the sort.
const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => timestamptz('created_at').notNull().defaultNow();
const updatedAt = () => timestamptz('updated_at').notNull().defaultNow();

// --- Accounts (tables and fields as better-auth and its admin plugin expect them) ---

export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  role: text('role').notNull().default('user'),
  /** A banned user is a suspended user: no sign-in, no session, no API token. */
  banned: boolean('banned').notNull().default(false),
  banReason: text('ban_reason'),
  banExpires: timestamptz('ban_expires'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamptz('expires_at').notNull(),
    token: text('token').notNull().unique(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    impersonatedBy: text('impersonated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('session_user_id_idx').on(t.userId)],
);

export const account = pgTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamptz('access_token_expires_at'),
    refreshTokenExpiresAt: timestamptz('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('account_user_id_idx').on(t.userId)],
);

export const verification = pgTable(
  'verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('verification_identifier_idx').on(t.identifier)],
);

// --- Personal API tokens: only a SHA-256 of the secret is stored ---

export const apiToken = pgTable(
  'api_token',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamptz('last_used_at'),
  },
  (t) => [index('api_token_owner_id_idx').on(t.ownerId)],
);

// --- Fixed-window rate limit counters, shared by every API process ---

export const rateLimit = pgTable('rate_limit', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowEndsAt: timestamptz('window_ends_at').notNull().default(sql`now()`),
});

// --- Inventory ---

const ownerId = () =>
  text('owner_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' });

/** Known parts, seeded from the pc-parts dataset; shared by every user, read-only. */
export const catalogPart = pgTable(
  'catalog_part',
  {
    id: text('id').primaryKey(),
    category: text('category').notNull(),
    name: text('name').notNull(),
    brand: text('brand'),
    priceCents: integer('price_cents'),
    specs: jsonb('specs').notNull().$type<Record<string, unknown>>(),
    /** Lower-cased words searched by autocomplete: name, chipset, brand. */
    searchText: text('search_text').notNull(),
  },
  (t) => [
    index('catalog_part_category_idx').on(t.category),
    index('catalog_part_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** One purchase of several parts for one price; the price is split across the parts. */
export const purchaseLot = pgTable(
  'purchase_lot',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    name: text('name').notNull(),
    totalCostCents: integer('total_cost_cents').notNull(),
    acquiredAt: date('acquired_at', { mode: 'string' }).notNull(),
    source: text('source'),
    notes: text('notes'),
    createdAt: createdAt(),
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
    category: text('category').notNull(),
    brand: text('brand'),
    model: text('model'),
    condition: text('condition').notNull().default('used'),
    grade: smallint('grade'),
    status: text('status').notNull().default('in_stock'),
    costCents: integer('cost_cents').notNull().default(0),
    acquiredAt: date('acquired_at', { mode: 'string' }).notNull().default(sql`current_date`),
    source: text('source'),
    serial: text('serial'),
    notes: text('notes'),
    specs: jsonb('specs').notNull().default({}).$type<Record<string, unknown>>(),
    catalogPartId: text('catalog_part_id').references(() => catalogPart.id, { onDelete: 'set null' }),
    lotId: bigint('lot_id', { mode: 'number' }).references(() => purchaseLot.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The default list (newest first) and the filtered list (status + category) are index scans.
    index('part_owner_acquired_idx').on(
      t.ownerId,
      t.acquiredAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
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
    check(
      'part_category_valid',
      sql`${t.category} in ('cpu','gpu','motherboard','memory','storage','psu','case','cooler','other')`,
    ),
    check('part_condition_valid', sql`${t.condition} in ('new','used','for_parts')`),
    check(
      'part_status_valid',
      sql`${t.status} in ('in_stock','testing','in_build','listed','sold','rma','archived')`,
    ),
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
    actorId: text('actor_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull().default({}).$type<Record<string, { from: unknown; to: unknown }>>(),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_entity_idx').on(t.ownerId, t.entity, t.entityId, t.createdAt)],
);

// --- Builds ---

export const build = pgTable(
  'build',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    name: text('name').notNull(),
    status: text('status').notNull().default('planning'),
    notes: text('notes'),
    targetPriceCents: integer('target_price_cents'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('build_owner_idx').on(t.ownerId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check('build_status_valid', sql`${t.status} in ('planning','assembling','ready','listed','sold')`),
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
    category: text('category').notNull(),
    name: text('name').notNull(),
    catalogPartId: text('catalog_part_id').references(() => catalogPart.id, { onDelete: 'set null' }),
    specs: jsonb('specs').notNull().default({}).$type<Record<string, unknown>>(),
    expectedCostCents: integer('expected_cost_cents').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('build_planned_item_build_idx').on(t.buildId),
    check('build_planned_cost_nonnegative', sql`${t.expectedCostCents} >= 0`),
  ],
);

// --- Listings, sales, expenses ---

/** A part or a build offered on a platform. Several listings of one thing may be active at once. */
export const listing = pgTable(
  'listing',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    partId: bigint('part_id', { mode: 'number' }).references(() => part.id, { onDelete: 'restrict' }),
    buildId: bigint('build_id', { mode: 'number' }).references(() => build.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    priceCents: integer('price_cents').notNull(),
    status: text('status').notNull().default('draft'),
    url: text('url'),
    listedAt: date('listed_at', { mode: 'string' }),
    endedAt: date('ended_at', { mode: 'string' }),
    /** The status the part or build had before it became listed; restored when its last active listing ends. */
    restoreStatus: text('restore_status'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('listing_owner_idx').on(t.ownerId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('listing_part_idx').on(t.partId, t.status),
    index('listing_build_idx').on(t.buildId, t.status),
    check('listing_one_thing', sql`num_nonnulls(${t.partId}, ${t.buildId}) = 1`),
    check('listing_price_nonnegative', sql`${t.priceCents} >= 0`),
    check('listing_status_valid', sql`${t.status} in ('draft','active','sold','ended')`),
    check(
      'listing_platform_valid',
      sql`${t.platform} in ('ebay','facebook_marketplace','craigslist','offerup','reddit_hardwareswap','local','other')`,
    ),
  ],
);

/** A user's own fee for a platform, replacing the default preset. */
export const feePreset = pgTable(
  'fee_preset',
  {
    ownerId: ownerId(),
    platform: text('platform').notNull(),
    percentBasisPoints: integer('percent_basis_points').notNull(),
    fixedCents: integer('fixed_cents').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('fee_preset_owner_platform_uq').on(t.ownerId, t.platform),
    check(
      'fee_preset_platform_valid',
      sql`${t.platform} in ('ebay','facebook_marketplace','craigslist','offerup','reddit_hardwareswap','local','other')`,
    ),
    check('fee_preset_percent_range', sql`${t.percentBasisPoints} between 0 and 10000`),
    check('fee_preset_fixed_nonnegative', sql`${t.fixedCents} >= 0`),
  ],
);

/**
 * A sale of a part or a build. cogs_cents is fixed at the moment of sale; refunds add to refunded_cents and,
 * with restock, to cogs_returned_cents (the goods came back, so their cost is no longer spent).
 */
export const sale = pgTable(
  'sale',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    listingId: bigint('listing_id', { mode: 'number' }).references(() => listing.id, {
      onDelete: 'set null',
    }),
    partId: bigint('part_id', { mode: 'number' }).references(() => part.id, { onDelete: 'restrict' }),
    // A restocked build may later be parted out and deleted; the sale keeps its name and items.
    buildId: bigint('build_id', { mode: 'number' }).references(() => build.id, { onDelete: 'set null' }),
    itemName: text('item_name').notNull(),
    platform: text('platform').notNull(),
    soldAt: date('sold_at', { mode: 'string' }).notNull(),
    priceCents: integer('price_cents').notNull(),
    feesCents: integer('fees_cents').notNull().default(0),
    shippingCents: integer('shipping_cents').notNull().default(0),
    cogsCents: integer('cogs_cents').notNull(),
    refundedCents: integer('refunded_cents').notNull().default(0),
    cogsReturnedCents: integer('cogs_returned_cents').notNull().default(0),
    restocked: boolean('restocked').notNull().default(false),
    buyerNote: text('buyer_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('sale_owner_sold_idx').on(t.ownerId, t.soldAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // One live sale per build, even when two requests race.
    uniqueIndex('sale_build_live_uq')
      .on(t.buildId)
      .where(sql`${t.buildId} is not null and not ${t.restocked}`),
    index('sale_part_idx').on(t.partId),
    check('sale_one_thing', sql`num_nonnulls(${t.partId}, ${t.buildId}) <= 1`),
    check(
      'sale_money_nonnegative',
      sql`${t.priceCents} >= 0 and ${t.feesCents} >= 0 and ${t.shippingCents} >= 0 and ${t.cogsCents} >= 0`,
    ),
    check('sale_refund_range', sql`${t.refundedCents} between 0 and ${t.priceCents}`),
    check('sale_cogs_returned_range', sql`${t.cogsReturnedCents} between 0 and ${t.cogsCents}`),
    check(
      'sale_platform_valid',
      sql`${t.platform} in ('ebay','facebook_marketplace','craigslist','offerup','reddit_hardwareswap','local','other')`,
    ),
  ],
);

/** The parts a sale sold, with their cost at that moment. The partial unique index forbids a double sale. */
export const saleItem = pgTable(
  'sale_item',
  {
    saleId: bigint('sale_id', { mode: 'number' })
      .notNull()
      .references(() => sale.id, { onDelete: 'cascade' }),
    partId: bigint('part_id', { mode: 'number' })
      .notNull()
      .references(() => part.id, { onDelete: 'restrict' }),
    ownerId: ownerId(),
    costCents: integer('cost_cents').notNull(),
    restocked: boolean('restocked').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.saleId, t.partId] }),
    uniqueIndex('sale_item_part_live_uq').on(t.partId).where(sql`not ${t.restocked}`),
    index('sale_item_part_idx').on(t.partId),
  ],
);

export const saleRefund = pgTable(
  'sale_refund',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    saleId: bigint('sale_id', { mode: 'number' })
      .notNull()
      .references(() => sale.id, { onDelete: 'cascade' }),
    refundedAt: date('refunded_at', { mode: 'string' }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    restock: boolean('restock').notNull(),
    cogsReturnedCents: integer('cogs_returned_cents').notNull().default(0),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    index('sale_refund_sale_idx').on(t.saleId),
    index('sale_refund_owner_idx').on(t.ownerId, t.refundedAt),
    check('sale_refund_amount_nonnegative', sql`${t.amountCents} >= 0`),
  ],
);

/** A cost not tied to one part: shipping supplies, thermal paste, mileage. */
export const expense = pgTable(
  'expense',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    spentAt: date('spent_at', { mode: 'string' }).notNull(),
    category: text('category').notNull(),
    amountCents: integer('amount_cents').notNull(),
    description: text('description').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('expense_owner_spent_idx').on(t.ownerId, t.spentAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check('expense_amount_nonnegative', sql`${t.amountCents} >= 0`),
    check(
      'expense_category_valid',
      sql`${t.category} in ('shipping_supplies','consumables','tools','mileage','subscriptions','other')`,
    ),
  ],
);
