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
    return (
      db
        .select({
          start: sql<string>`case when ${d.day} < ${p('from')} then ${BEFORE_RANGE}
            else to_char(${trunc}, 'YYYY-MM-DD') end`,
          salesCount: sumCents(d.salesCount),
          revenueCents: sumCents(d.revenueCents),
          feesCents: sumCents(d.feesCents),
          shippingCents: sumCents(d.shippingCents),
          cogsCents: sumCents(d.cogsCents),
          cogsReturnedCents: sumCents(d.cogsReturnedCents),
          refundsCents: sumCents(d.refundsCents),
          expensesCents: sumCents(d.expensesCents),
          purchasesCents: sumCents(d.purchasesCents),
          writtenOffCents: sumCents(d.writtenOffCents),
        })
        .from(d)
        .where(and(eq(d.ownerId, p('ownerId')), lte(d.day, p('to'))))
        // By position: the select's `from` placeholder is a parameter of its own, which PostgreSQL would not
        // match to a repeated expression here.
        .groupBy(sql`1`)
        .prepare(`analytics_series_${g}`)
    );
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
