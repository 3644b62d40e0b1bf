import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ownerId, user } from './accounts';
import { timestamptz } from './columns';

// --- Analytics: daily aggregates kept by the writes, scheduled runs, activity ---

const cents = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

/**
 * Of an owner's parts acquired in a day (or month), those held now, per held status: units and cost. Summed
 * over every day they are the owner's stock on hand by status, read from the months instead of the parts.
 */
const heldFigures = () => ({
  heldInStockUnits: integer('held_in_stock_units').notNull().default(0),
  heldInStockCents: cents('held_in_stock_cents'),
  heldTestingUnits: integer('held_testing_units').notNull().default(0),
  heldTestingCents: cents('held_testing_cents'),
  heldInBuildUnits: integer('held_in_build_units').notNull().default(0),
  heldInBuildCents: cents('held_in_build_cents'),
  heldListedUnits: integer('held_listed_units').notNull().default(0),
  heldListedCents: cents('held_listed_cents'),
  heldRmaUnits: integer('held_rma_units').notNull().default(0),
  heldRmaCents: cents('held_rma_cents'),
});

/** The figures kept per owner only (analytics_daily, analytics_monthly), not platform-wide. */
const ownerFigures = () => ({
  /**
   * Of the parts acquired that day, how many are sold and how many still held (in stock, testing, in a build,
   * listed, at RMA) now: sell-through per acquisition day, read with the day's other figures.
   */
  acquiredSoldUnits: integer('acquired_sold_units').notNull().default(0),
  acquiredHeldUnits: integer('acquired_held_units').notNull().default(0),
  ...heldFigures(),
});

/** The figures kept per day, in analytics_daily (per owner) and platform_daily (for the whole platform). */
const dailyFigures = () => ({
  salesCount: integer('sales_count').notNull().default(0),
  revenueCents: cents('revenue_cents'),
  feesCents: cents('fees_cents'),
  shippingCents: cents('shipping_cents'),
  cogsCents: cents('cogs_cents'),
  refundsCents: cents('refunds_cents'),
  cogsReturnedCents: cents('cogs_returned_cents'),
  expensesCents: cents('expenses_cents'),
  /** Parts acquired that day (their cost now), whatever became of them. */
  purchasedUnits: integer('purchased_units').notNull().default(0),
  purchasesCents: cents('purchases_cents'),
  /** Parts archived that day without a sale (their cost now): it leaves the stock with no sale. */
  writtenOffUnits: integer('written_off_units').notNull().default(0),
  writtenOffCents: cents('written_off_cents'),
});

/**
 * One owner's ledger summed per calendar day (the owner's dates, as the ledger stores them): the rows of an
 * (owner, day) summed. Every write to the ledger recomputes its days in its own transaction (`recomputeDays`,
 * into shard 0); creating a part adds itself to a row of its database connection's own (`addPurchaseSql`), so
 * that one owner's parts created at once do not queue on one row. The nightly job checks and repairs.
 */
export const analyticsDaily = pgTable(
  'analytics_daily',
  {
    ownerId: ownerId(),
    day: date('day', { mode: 'string' }).notNull(),
    /** 0: the day as recomputed from the ledger; 1-8: parts created since, by connection (readers sum them). */
    shard: smallint('shard').notNull().default(0),
    ...dailyFigures(),
    ...ownerFigures(),
    /** Days from acquisition to sale of each of the day's sales, sorted (average and median days to sell); shard 0. */
    soldDays: integer('sold_days').array().notNull().default(sql`'{}'::integer[]`),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.day, t.shard] }),
    index('analytics_daily_day_idx').on(t.day),
    // The creations' rows of a range of months, read beside the months (analytics_monthly sums shard 0 only).
    index('analytics_daily_writer_rows_idx').on(t.ownerId, t.day).where(sql`${t.shard} <> 0`),
  ],
);

/**
 * An owner's recomputed days (analytics_daily's shard-0 rows) summed per calendar month, so that a range of
 * months reads a row per month instead of one per day (a year's summary: 24 rows, not ~700); readers add the
 * creations' rows of those months (analytics_daily_writer_rows_idx). The figures are kept by statement triggers
 * on analytics_daily (migration 0030) in the writer's transaction; `sold_days`, the month's days' lists merged,
 * by `recomputeDays`, the only writer of days' lists. The nightly job checks them against the days.
 */
export const analyticsMonthly = pgTable(
  'analytics_monthly',
  {
    ownerId: ownerId(),
    /** The month's first day. */
    month: date('month', { mode: 'string' }).notNull(),
    ...dailyFigures(),
    ...ownerFigures(),
    /** The month's days' `sold_days` merged and sorted. */
    soldDays: integer('sold_days').array().notNull().default(sql`'{}'::integer[]`),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.month] })],
);

/**
 * The platform's figures per day for admins: analytics_daily summed per day, kept by statement triggers on
 * analytics_daily (migrations 0019, 0026) in the writer's transaction, so a day's rows always sum to
 * analytics_daily's. A day's writers are spread over 16 rows by their database connection so that they rarely
 * wait for each other, as they would on one row per day; the nightly job (and a rebuild) folds past days into
 * one row each (shard 0), as the admin's answers read every day of a range.
 */
export const platformDaily = pgTable(
  'platform_daily',
  {
    day: date('day', { mode: 'string' }).notNull(),
    /** pg_backend_pid() & 15 of the writer, or 0 for a folded day: only spreads the writes; answers sum a day's rows. */
    shard: smallint('shard').notNull(),
    ...dailyFigures(),
    /** Users active that day (user_activity rows), kept by a trigger on user_activity the same way. */
    activeUsers: integer('active_users').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.shard] })],
);

/** Every run of a scheduled job. */
export const jobRun = pgTable(
  'job_run',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    job: text('job').notNull(),
    /** The scheduled minute this run is for: with several processes, one run per job and slot succeeds. */
    slot: timestamptz('slot').notNull(),
    startedAt: timestamptz('started_at').notNull(),
    finishedAt: timestamptz('finished_at'),
    /** ok | failed | skipped (another process held the job's lock) */
    outcome: text('outcome').notNull(),
    rows: integer('rows').notNull().default(0),
    /** What the run found, in words (the drift it repaired). */
    detail: text('detail'),
    error: text('error'),
  },
  (t) => [
    index('job_run_job_started_idx').on(t.job, t.startedAt.desc().nullsFirst()),
    uniqueIndex('job_run_job_slot_ok_uq').on(t.job, t.slot).where(sql`${t.outcome} = 'ok'`),
    check('job_run_outcome_valid', sql`${t.outcome} in ('ok','failed','skipped')`),
  ],
);

/** A user was active on a day: at most one row (one write) per user per day. */
export const userActivity = pgTable(
  'user_activity',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    /** The user's active day before this one (null for the first), kept by a trigger on every insert. */
    previousDay: date('previous_day', { mode: 'string' }),
  },
  // (day, previous_day): the users active in a window are its rows whose previous day is before it, counted
  // by an index-only scan (no hashing of the window's rows by user).
  (t) => [
    primaryKey({ columns: [t.userId, t.day] }),
    index('user_activity_day_previous_idx').on(t.day, t.previousDay),
  ],
);
