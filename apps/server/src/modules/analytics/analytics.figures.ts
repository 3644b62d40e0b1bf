import type { AnalyticsFigures, AnalyticsSummary } from '@partwise/shared';
import { sql } from 'drizzle-orm';
import type { Caller } from '../../core/caller';
import { type Db, type DbOrTx, prepareRows, queryRows } from '../../db/client';
import { exactInteger } from '../../db/sums';
import { confirmToken, tokenConfirmedSql, tokenParams } from '../auth/token-confirmation';
import { daysToSellOf, HELD_COLUMNS, HELD_STATUSES } from './aggregates';
import { ownerRows, piecesOf, rowParams } from './analytics.months';
import { previousRange, type Range, ratioOf } from './analytics.range';

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
  return sumsOf(row ?? {});
}

/** The daily sums of a row whose columns are named as dailySums and the summary statement name them. */
function sumsOf(row: Record<string, unknown>) {
  const n = (k: string) => exactInteger(row[k] ?? 0);
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

/** The columns of the summary's two rows (the range's, cur = true, and the previous range's). */
const SUMMARY_COLUMNS = [
  'cur',
  'sales_count',
  'revenue',
  'fees',
  'shipping',
  'cogs',
  'refunds',
  'cogs_returned',
  'expenses',
  'purchased_units',
  'purchases',
  'average_days',
  'median_days',
  'sold',
  'held',
  ...HELD_COLUMNS,
  'token_confirmed',
] as const;
type SummaryRow = Record<(typeof SUMMARY_COLUMNS)[number], unknown>;

const heldColumns = sql.raw(HELD_COLUMNS.join(', '));
/** Stock on hand is listed by status name, the statuses without a part left out. */
const BY_STATUS_ORDER = [...HELD_STATUSES].sort();

/**
 * The range's figures beside the previous range's, and stock on hand, in one statement, prepared once per
 * connection: one round trip and no planning per answer. The two ranges are read as one span, whole months
 * from analytics_monthly and the days around them from analytics_daily, told apart by `cur`; sell-through comes
 * with them (kept per acquired day: how many of its parts are sold and held). Stock on hand (not about a range)
 * rides along on both rows: the owner's held parts by status, kept per acquired day too, summed over all the
 * owner's months and the creations' own rows (a few dozen rows, where scanning the held parts read ~1,000).
 */
export function prepareSummary(db: Db) {
  const from = sql.placeholder('from');
  const ownerId = sql.placeholder('ownerId');
  const columns = `sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents,
    cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, acquired_sold_units, acquired_held_units,
    sold_days`;
  const summary = sql`
    with days as materialized (${ownerRows(columns, (date) => sql`${date} >= ${from}::date as cur`)})
    select *,
      case when cur then average_days_cur else average_days_before end as average_days,
      case when cur then median_days_cur else median_days_before end as median_days,
      ${tokenConfirmedSql} as token_confirmed
    from (values (true), (false)) as k(cur)
    left join (
      select cur, sum(sales_count)::bigint as sales_count, sum(revenue_cents)::bigint as revenue,
        sum(fees_cents)::bigint as fees, sum(shipping_cents)::bigint as shipping,
        sum(cogs_cents)::bigint as cogs, sum(refunds_cents)::bigint as refunds,
        sum(cogs_returned_cents)::bigint as cogs_returned, sum(expenses_cents)::bigint as expenses,
        sum(purchased_units)::bigint as purchased_units, sum(purchases_cents)::bigint as purchases,
        sum(acquired_sold_units)::bigint as sold, sum(acquired_held_units)::bigint as held
      from days group by cur
    ) as sums using (cur)
    cross join (
      -- Each sale's days to sell, kept with its day's aggregate: the range's rows, not every sale's parts.
      -- unnest in the select list: a lateral unnest would start a function scan per day (S1: ~13 % more).
      -- One pass filtered per range: grouping by range first sorted every value once more (~10 % of S1's
      -- statement).
      select avg(d) filter (where cur)::float8 as average_days_cur,
        (percentile_cont(0.5) within group (order by d) filter (where cur))::float8 as median_days_cur,
        avg(d) filter (where not cur)::float8 as average_days_before,
        (percentile_cont(0.5) within group (order by d) filter (where not cur))::float8 as median_days_before
      from (select cur, unnest(sold_days) as d from days) as sold
    ) as days_to_sell
    cross join (
      -- Stock on hand: every acquired day's held parts, by the owner's months and the creations' own rows.
      select ${sql.raw(HELD_COLUMNS.map((c) => `sum(${c})::bigint as ${c}`).join(', '))} from (
        select ${heldColumns} from analytics_monthly where owner_id = ${ownerId}
        union all
        select ${heldColumns} from analytics_daily where owner_id = ${ownerId} and shard <> 0
      ) as held
    ) as stock`;
  const statement = prepareRows<SummaryRow>(db, 'analytics_summary', SUMMARY_COLUMNS, summary);

  return async (caller: Caller, range: Range): Promise<AnalyticsSummary> => {
    const previous = previousRange(range);
    const rows = await statement.execute(
      Object.assign(rowParams([piecesOf(previous), piecesOf(range)]), tokenParams(caller), {
        from: range.from,
      }),
    );
    confirmToken(caller, rows[0]?.token_confirmed);
    const rowOf = (cur: boolean): Partial<SummaryRow> => rows.find((r) => r.cur === cur) ?? {};
    const held = rowOf(true);
    const byStatus = BY_STATUS_ORDER.map((status) => ({
      status,
      units: exactInteger(held[`held_${status}_units`] ?? 0),
      valueCents: exactInteger(held[`held_${status}_cents`] ?? 0),
    })).filter((r) => r.units > 0);
    return {
      current: figuresOf(range, rowOf(true)),
      previous: figuresOf(previous, rowOf(false)),
      stock: {
        units: byStatus.reduce((t, r) => t + r.units, 0),
        valueCents: byStatus.reduce((t, r) => t + r.valueCents, 0),
        byStatus,
      },
    };
  };
}

type LedgerSums = Pick<
  ReturnType<typeof sumsOf>,
  | 'revenueCents'
  | 'feesCents'
  | 'shippingCents'
  | 'cogsCents'
  | 'cogsReturnedCents'
  | 'refundsCents'
  | 'expensesCents'
>;

/** Net profit of summed days: revenue less fees, shipping, net cost of goods, refunds and expenses. */
export const netProfitOf = (s: LedgerSums): number =>
  s.revenueCents -
  s.feesCents -
  s.shippingCents -
  (s.cogsCents - s.cogsReturnedCents) -
  s.refundsCents -
  s.expensesCents;

function figuresOf(range: Range, row: Record<string, unknown>): AnalyticsFigures {
  const sums = sumsOf(row);
  const netProfitCents = netProfitOf(sums);
  const round = (v: unknown) => (v == null ? null : Math.round(Number(v) * 10) / 10);
  const sold = exactInteger(row.sold ?? 0);
  // Added to `sums`, not spread into a new literal: Node 20's V8 builds `{ ...a, ...b, c }` on a slow
  // runtime path (~10 µs here, and garbage that reaches the old generation: S1's mark-compacts).
  return Object.assign(sums, {
    from: range.from,
    to: range.to,
    netProfitCents,
    margin: ratioOf(netProfitCents, sums.revenueCents - sums.refundsCents),
    roi: ratioOf(netProfitCents, sums.cogsCents - sums.cogsReturnedCents),
    averageSaleCents: sums.salesCount === 0 ? null : Math.round(sums.revenueCents / sums.salesCount),
    averageDaysToSell: round(row.average_days),
    medianDaysToSell: round(row.median_days),
    sellThrough: ratioOf(sold, sold + exactInteger(row.held ?? 0)),
  });
}
