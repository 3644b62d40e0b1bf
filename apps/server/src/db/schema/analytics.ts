import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ownerId, user } from './accounts';
import { timestamptz } from './columns';

// --- Analytics: daily aggregates kept by the writes, scheduled runs, activity ---

const cents = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

/**
 * One owner's ledger summed per calendar day (the owner's dates, as the ledger stores them). Every write to
 * the ledger recomputes its days in its own transaction (`recomputeDays`); the nightly job checks and repairs.
 * Platform-wide figures per day are this table grouped by day (index below), not a second table: one row per
 * day for the whole platform would make every write on the platform wait for every other.
 */
export const analyticsDaily = pgTable(
  'analytics_daily',
  {
    ownerId: ownerId(),
    day: date('day', { mode: 'string' }).notNull(),
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
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.day] }), index('analytics_daily_day_idx').on(t.day)],
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
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] }), index('user_activity_day_idx').on(t.day)],
);
