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
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

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
  (t) => [index('purchase_lot_owner_idx').on(t.ownerId, t.acquiredAt.desc(), t.id.desc())],
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
    index('part_owner_acquired_idx').on(t.ownerId, t.acquiredAt.desc(), t.id.desc()),
    index('part_owner_status_category_idx').on(
      t.ownerId,
      t.status,
      t.category,
      t.acquiredAt.desc(),
      t.id.desc(),
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
    index('build_owner_idx').on(t.ownerId, t.updatedAt.desc(), t.id.desc()),
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
