import type { Granularity } from '@partwise/shared';
import { and, between, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { analyticsDaily } from '../../db/schema';
import { exactInteger, sumCents } from '../../db/sums';

const d = analyticsDaily;
const p = (name: string) => sql.placeholder(name);

/**
 * The hot reads of a series, prepared once per granularity (no SQL built per request, no re-planning in
 * PostgreSQL): an owner's days summed per calendar period, and the stock at cost before the range. Rows are
 * grouped by the truncated date and formatted only once per period.
 */
export function prepareSeries(db: Db) {
  const prepareFor = (g: Granularity) => {
    const trunc = sql`date_trunc(${sql.raw(`'${g}'`)}, ${d.day}::timestamp)`;
    const query = db
      .select({
        start: sql<string>`to_char(${trunc}, 'YYYY-MM-DD')`,
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
      .where(and(eq(d.ownerId, p('ownerId')), between(d.day, p('from'), p('to'))))
      .groupBy(trunc)
      .prepare(`analytics_series_${g}`);
    return query;
  };
  const byPeriod: Record<Granularity, { execute(v: Record<string, string>): Promise<SeriesRow[]> }> = {
    day: prepareFor('day'),
    week: prepareFor('week'),
    month: prepareFor('month'),
    year: prepareFor('year'),
  };
  const opening = db
    .select({
      stock:
        sql<number>`coalesce(sum(${d.purchasesCents} - ${d.cogsCents} + ${d.cogsReturnedCents} - ${d.writtenOffCents}), 0)::bigint`.mapWith(
          exactInteger,
        ),
    })
    .from(d)
    .where(and(eq(d.ownerId, p('ownerId')), lt(d.day, p('from'))))
    .prepare('analytics_stock_before');
  return { byPeriod, opening };
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
