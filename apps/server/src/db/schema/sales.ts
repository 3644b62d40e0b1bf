import {
  type BuildStatus,
  DELIVERIES,
  type Delivery,
  EXPENSE_CATEGORIES,
  type ExpenseCategory,
  LISTING_STATUSES,
  type ListingStatus,
  type PartStatus,
  PLATFORMS,
  type Platform,
} from '@partwise/shared';
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
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ownerId } from './accounts';
import { build } from './builds';
import { createdAt, oneOf, timestamptz, updatedAt } from './columns';
import { part } from './inventory';

// --- Listings, sales, expenses ---

/** A part or a build offered on a platform. Several listings of one thing may be active at once. */
export const listing = pgTable(
  'listing',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: ownerId(),
    partId: bigint('part_id', { mode: 'number' }).references(() => part.id, { onDelete: 'restrict' }),
    buildId: bigint('build_id', { mode: 'number' }).references(() => build.id, { onDelete: 'cascade' }),
    platform: text('platform').$type<Platform>().notNull(),
    // Listings made before delivery was asked were priced with the shipped fee: they stay so.
    delivery: text('delivery').$type<Delivery>().notNull().default('shipped'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    priceCents: integer('price_cents').notNull(),
    status: text('status').$type<ListingStatus>().notNull().default('draft'),
    url: text('url'),
    listedAt: date('listed_at', { mode: 'string' }),
    endedAt: date('ended_at', { mode: 'string' }),
    /** The status the part or build had before it became listed; restored when its last active listing ends. */
    restoreStatus: text('restore_status').$type<PartStatus | BuildStatus>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('listing_owner_idx').on(t.ownerId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('listing_part_idx').on(t.partId, t.status),
    index('listing_build_idx').on(t.buildId, t.status),
    check('listing_one_thing', sql`num_nonnulls(${t.partId}, ${t.buildId}) = 1`),
    check('listing_price_nonnegative', sql`${t.priceCents} >= 0`),
    check('listing_status_valid', oneOf(t.status, LISTING_STATUSES)),
    check('listing_platform_valid', oneOf(t.platform, PLATFORMS)),
    check('listing_delivery_valid', oneOf(t.delivery, DELIVERIES)),
  ],
);

/** A user's own fee for a platform and delivery, replacing the default preset. */
export const feePreset = pgTable(
  'fee_preset',
  {
    ownerId: ownerId(),
    platform: text('platform').$type<Platform>().notNull(),
    delivery: text('delivery').$type<Delivery>().notNull().default('shipped'),
    percentBasisPoints: integer('percent_basis_points').notNull(),
    fixedCents: integer('fixed_cents').notNull(),
    minimumCents: integer('minimum_cents').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('fee_preset_owner_platform_delivery_uq').on(t.ownerId, t.platform, t.delivery),
    check('fee_preset_platform_valid', oneOf(t.platform, PLATFORMS)),
    check('fee_preset_delivery_valid', oneOf(t.delivery, DELIVERIES)),
    check('fee_preset_percent_range', sql`${t.percentBasisPoints} between 0 and 10000`),
    check('fee_preset_fixed_nonnegative', sql`${t.fixedCents} >= 0`),
    check('fee_preset_minimum_nonnegative', sql`${t.minimumCents} >= 0`),
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
    platform: text('platform').$type<Platform>().notNull(),
    /** Local pickup or shipped; null for sales recorded before it was asked. */
    delivery: text('delivery').$type<Delivery>(),
    soldAt: date('sold_at', { mode: 'string' }).notNull(),
    priceCents: integer('price_cents').notNull(),
    // Sums (a fee is a percentage plus a fixed amount; a build's cost is its parts') are int8: far past 2^31.
    feesCents: bigint('fees_cents', { mode: 'number' }).notNull().default(0),
    shippingCents: integer('shipping_cents').notNull().default(0),
    cogsCents: bigint('cogs_cents', { mode: 'number' }).notNull(),
    refundedCents: bigint('refunded_cents', { mode: 'number' }).notNull().default(0),
    cogsReturnedCents: bigint('cogs_returned_cents', { mode: 'number' }).notNull().default(0),
    restocked: boolean('restocked').notNull().default(false),
    buyerNote: text('buyer_note'),
    /** What the sale changed, put back by a void: the thing's status and its open listings before it. */
    before: jsonb('before').$type<SaleBefore>(),
    /** A sale recorded by mistake: kept for its history, counted in no figure (ADR 012). */
    voidedAt: timestamptz('voided_at'),
    voidReason: text('void_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('sale_owner_sold_idx').on(t.ownerId, t.soldAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // One live sale per build, even when two requests race.
    uniqueIndex('sale_build_live_uq')
      .on(t.buildId)
      .where(sql`${t.buildId} is not null and not ${t.restocked} and ${t.voidedAt} is null`),
    index('sale_part_idx').on(t.partId),
    check('sale_one_thing', sql`num_nonnulls(${t.partId}, ${t.buildId}) <= 1`),
    check(
      'sale_money_nonnegative',
      sql`${t.priceCents} >= 0 and ${t.feesCents} >= 0 and ${t.shippingCents} >= 0 and ${t.cogsCents} >= 0`,
    ),
    check('sale_refund_range', sql`${t.refundedCents} between 0 and ${t.priceCents}`),
    check('sale_cogs_returned_range', sql`${t.cogsReturnedCents} between 0 and ${t.cogsCents}`),
    check('sale_platform_valid', oneOf(t.platform, PLATFORMS)),
    check('sale_delivery_valid', oneOf(t.delivery, DELIVERIES)),
    check('sale_void_reason', sql`(${t.voidedAt} is null) = (${t.voidReason} is null)`),
  ],
);

/** The statuses a sale changed, as they were just before it. */
export interface SaleBefore {
  /** The part's or the build's status (a build's parts follow the build). */
  status: PartStatus | BuildStatus;
  /** The thing's draft and active listings: the one sold and the ones the sale ended. */
  listings: {
    id: number;
    status: ListingStatus;
    restoreStatus: PartStatus | BuildStatus | null;
    endedAt: string | null;
  }[];
}

/**
 * The parts a sale sold, with their cost at that moment. The partial unique index forbids a double sale;
 * `restocked` says the part is free again: it came back with a refund, or its sale was voided.
 */
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
    /** The whole sale's cost of goods, a sum: int8. */
    cogsReturnedCents: bigint('cogs_returned_cents', { mode: 'number' }).notNull().default(0),
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
    category: text('category').$type<ExpenseCategory>().notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** Mileage: tenths of a mile driven, and the rate the amount was worked out at (tenths of a cent a mile). */
    milesTenths: integer('miles_tenths'),
    ratePerMileTenthCents: integer('rate_per_mile_tenth_cents'),
    description: text('description').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('expense_owner_spent_idx').on(t.ownerId, t.spentAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check('expense_amount_nonnegative', sql`${t.amountCents} >= 0`),
    check('expense_category_valid', oneOf(t.category, EXPENSE_CATEGORIES)),
    check(
      'expense_mileage_whole',
      sql`(${t.milesTenths} is null) = (${t.ratePerMileTenthCents} is null) and (${t.milesTenths} is null or (${t.milesTenths} > 0 and ${t.ratePerMileTenthCents} > 0 and ${t.category} = 'mileage'))`,
    ),
  ],
);

/** A user's own mileage rate for a year, replacing the IRS standard rate. */
export const mileageRate = pgTable(
  'mileage_rate',
  {
    ownerId: ownerId(),
    year: smallint('year').notNull(),
    ratePerMileTenthCents: integer('rate_per_mile_tenth_cents').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.year] }),
    check('mileage_rate_positive', sql`${t.ratePerMileTenthCents} > 0`),
  ],
);
