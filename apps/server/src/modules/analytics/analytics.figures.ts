import type { AnalyticsFigures, AnalyticsSummary, PartStatus } from '@partwise/shared';
import { sql } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import { type DbOrTx, queryRows } from '../../db/client';
import { exactInteger } from '../../db/sums';
import { daysToSellOf } from './aggregates';
import { type Range, ratioOf } from './analytics.range';

/** What counts as stock on hand: everything owned and not sold or archived. */
export const HELD_STATUSES: PartStatus[] = ['in_stock', 'testing', 'in_build', 'listed', 'rma'];
const held = sql.raw(HELD_STATUSES.map((s) => `'${s}'`).join(','));

/** Sums of analytics_daily over the owner's days in [from, to]. */
export async function dailySums(db: DbOrTx, ownerId: string, { from, to }: Range) {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select coalesce(sum(sales_count), 0)::bigint as sales_count,
      coalesce(sum(revenue_cents), 0)::bigint as revenue, coalesce(sum(fees_cents), 0)::bigint as fees,
      coalesce(sum(shipping_cents), 0)::bigint as shipping, coalesce(sum(cogs_cents), 0)::bigint as cogs,
      coalesce(sum(refunds_cents), 0)::bigint as refunds,
      coalesce(sum(cogs_returned_cents), 0)::bigint as cogs_returned,
      coalesce(sum(expenses_cents), 0)::bigint as expenses,
      coalesce(sum(purchased_units), 0)::bigint as purchased_units,
      coalesce(sum(purchases_cents), 0)::bigint as purchases
    from analytics_daily where owner_id = ${ownerId} and day between ${from} and ${to}`,
  );
  const n = (k: string) => exactInteger(row?.[k] ?? 0);
  return {
    salesCount: n('sales_count'),
    revenueCents: n('revenue'),
    feesCents: n('fees'),
    shippingCents: n('shipping'),
    cogsCents: n('cogs'),
    cogsReturnedCents: n('cogs_returned'),
    refundsCents: n('refunds'),
    expensesCents: n('expenses'),
    purchasedUnits: n('purchased_units'),
    purchasesCents: n('purchases'),
  };
}

/** Days from acquisition to sale of each sale, over `s` (a sale row). */
export const daysToSellSql = daysToSellOf('s');

export async function figures(db: DbOrTx, ownerId: string, range: Range): Promise<AnalyticsFigures> {
  const [sums, [days], [through]] = await Promise.all([
    dailySums(db, ownerId, range),
    queryRows<{ average: number | null; median: number | null }>(
      db,
      // Each sale's days to sell, kept with its day's aggregate: the range's rows, not every sale's parts.
      sql`select avg(d)::float8 as average, (percentile_cont(0.5) within group (order by d))::float8 as median
        from analytics_daily a, unnest(a.sold_days) as d
        where a.owner_id = ${ownerId} and a.day between ${range.from} and ${range.to}`,
    ),
    queryRows<{ sold: number; held: number }>(
      db,
      sql`select count(*) filter (where status = 'sold')::int as sold,
          count(*) filter (where status in (${held}))::int as held
        from part where owner_id = ${ownerId} and acquired_at between ${range.from} and ${range.to}`,
    ),
  ]);
  const netProfitCents =
    sums.revenueCents -
    sums.feesCents -
    sums.shippingCents -
    (sums.cogsCents - sums.cogsReturnedCents) -
    sums.refundsCents -
    sums.expensesCents;
  const round = (v: number | null | undefined) => (v == null ? null : Math.round(Number(v) * 10) / 10);
  const sold = through?.sold ?? 0;
  return {
    ...range,
    ...sums,
    netProfitCents,
    margin: ratioOf(netProfitCents, sums.revenueCents - sums.refundsCents),
    roi: ratioOf(netProfitCents, sums.cogsCents - sums.cogsReturnedCents),
    averageSaleCents: sums.salesCount === 0 ? null : Math.round(sums.revenueCents / sums.salesCount),
    averageDaysToSell: round(days?.average),
    medianDaysToSell: round(days?.median),
    sellThrough: ratioOf(sold, sold + (through?.held ?? 0)),
  };
}

export async function stockOnHand(db: DbOrTx, who: Acting): Promise<AnalyticsSummary['stock']> {
  const rows = await queryRows<{ status: PartStatus; units: number; value: unknown }>(
    db,
    sql`select status, count(*)::int as units, coalesce(sum(cost_cents), 0)::bigint as value
      from part where owner_id = ${who.ownerId} and status in (${held}) group by status order by status`,
  );
  const byStatus = rows.map((r) => ({ status: r.status, units: r.units, valueCents: exactInteger(r.value) }));
  return {
    units: byStatus.reduce((t, r) => t + r.units, 0),
    valueCents: byStatus.reduce((t, r) => t + r.valueCents, 0),
    byStatus,
  };
}
