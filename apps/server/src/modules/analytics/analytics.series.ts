import type { Granularity } from '@partwise/shared';
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { analyticsDaily } from '../../db/schema';
import { sumCents } from '../../db/sums';

const d = analyticsDaily;
const p = (name: string) => sql.placeholder(name);

/** The key of the row that sums every day before the range: the stock at cost the series opens with. */
export const BEFORE_RANGE = 'before';

/**
 * The hot read of a series, prepared once per granularity (no SQL built per request, no re-planning in
 * PostgreSQL): an owner's days up to the range's end, summed per calendar period, and the days before the
 * range summed into one row keyed BEFORE_RANGE: one statement, one round trip and one pooled connection per
 * series (the opening stock used to be a second query).
 */
export function prepareSeries(db: Db) {
  const prepareFor = (g: Granularity) => {
    const trunc = sql`date_trunc(${sql.raw(`'${g}'`)}, ${d.day}::timestamp)`;
    // Grouped by the period's timestamp and formatted per group: formatting every day's row (to_char on
    // each of ~730 rows of a 24-month series) was a fifth of the statement's time.
    const periods = db
      .select({
        period: sql<Date | null>`case when ${d.day} < ${p('from')} then null else ${trunc} end`.as('period'),
        salesCount: sumCents(d.salesCount).as('sales_count'),
        revenueCents: sumCents(d.revenueCents).as('revenue_cents'),
        feesCents: sumCents(d.feesCents).as('fees_cents'),
        shippingCents: sumCents(d.shippingCents).as('shipping_cents'),
        cogsCents: sumCents(d.cogsCents).as('cogs_cents'),
        cogsReturnedCents: sumCents(d.cogsReturnedCents).as('cogs_returned_cents'),
        refundsCents: sumCents(d.refundsCents).as('refunds_cents'),
        expensesCents: sumCents(d.expensesCents).as('expenses_cents'),
        purchasesCents: sumCents(d.purchasesCents).as('purchases_cents'),
        writtenOffCents: sumCents(d.writtenOffCents).as('written_off_cents'),
      })
      .from(d)
      .where(and(eq(d.ownerId, p('ownerId')), lte(d.day, p('to'))))
      // By position: the select's `from` placeholder is a parameter of its own, which PostgreSQL would not
      // match to a repeated expression here.
      .groupBy(sql`1`)
      .as('periods');
    const { period, ...sums } = periods._.selectedFields;
    return db
      .select({
        start: sql<string>`coalesce(to_char(${period}, 'YYYY-MM-DD'), ${BEFORE_RANGE})`,
        ...sums,
      })
      .from(periods)
      .prepare(`analytics_series_${g}`);
  };
  const byPeriod: Record<Granularity, { execute(v: Record<string, string>): Promise<SeriesRow[]> }> = {
    day: prepareFor('day'),
    week: prepareFor('week'),
    month: prepareFor('month'),
    year: prepareFor('year'),
  };
  return { byPeriod };
}

export interface SeriesRow {
  start: string;
  salesCount: number;
  revenueCents: number;
  feesCents: number;
  shippingCents: number;
  cogsCents: number;
  cogsReturnedCents: number;
  refundsCents: number;
  expensesCents: number;
  purchasesCents: number;
  writtenOffCents: number;
}

/** What a row's days added to the stock at cost: bought, less sold at cost, plus returned, less written off. */
export const stockChangeOf = (r: SeriesRow): number =>
  r.purchasesCents - r.cogsCents + r.cogsReturnedCents - r.writtenOffCents;
