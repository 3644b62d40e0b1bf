import type { PartStatus } from '@partwise/shared';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, queryRows, type Tx } from '../../db/client';

/** What counts as stock on hand: everything owned and not sold or archived. */
export const HELD_STATUSES: PartStatus[] = ['in_stock', 'testing', 'in_build', 'listed', 'rma'];
export const heldList = sql.raw(HELD_STATUSES.map((s) => `'${s}'`).join(','));

/** The figures analytics_daily keeps per owner and day that platform_daily sums too, in column order. */
export const DAILY_COLUMNS = [
  'sales_count',
  'revenue_cents',
  'fees_cents',
  'shipping_cents',
  'cogs_cents',
  'refunds_cents',
  'cogs_returned_cents',
  'expenses_cents',
  'purchased_units',
  'purchases_cents',
  'written_off_units',
  'written_off_cents',
] as const;

/**
 * Per owner only: of the parts acquired that day, how many are sold and how many still held (sell-through).
 * Every write that moves a part between held, sold and archived recomputes the part's acquired day.
 */
const ACQUIRED_COLUMNS = ['acquired_sold_units', 'acquired_held_units'] as const;

/**
 * Per owner only: of the parts acquired that day, per held status, how many are held now and their cost.
 * Summed over all the owner's days, the stock on hand by status. Every write that changes a part's status or
 * cost recomputes the part's acquired day.
 */
export const HELD_COLUMNS = HELD_STATUSES.flatMap((s) => [`held_${s}_units`, `held_${s}_cents`]);

/** Every figure of an (owner, day), in column order. */
export const OWNER_DAY_COLUMNS = [...DAILY_COLUMNS, ...ACQUIRED_COLUMNS, ...HELD_COLUMNS] as const;

const columnList = sql.raw(OWNER_DAY_COLUMNS.join(', '));

/** What platform_daily keeps per day: the owners' figures summed, and the users active that day. */
export const PLATFORM_COLUMNS = [...DAILY_COLUMNS, 'active_users'] as const;
export const platformColumns = sql.raw(PLATFORM_COLUMNS.join(', '));
const summed = (columns: readonly string[]) => columns.map((c) => `sum(${c})::bigint as ${c}`).join(', ');
export const platformSums = sql.raw(summed(PLATFORM_COLUMNS));
/** An (owner, day)'s analytics_daily rows summed, as readers see the day (its days to sell are shard 0's). */
export const ownerDaySums = sql.raw(
  `${summed(OWNER_DAY_COLUMNS)}, max(sold_days) filter (where shard = 0) as sold_days`,
);

/**
 * The analytics_daily row a part's creation adds itself to: one of eight per owner and day, by database
 * connection (a connection runs one statement at a time, so parallel creates of one owner rarely meet).
 */
const WRITER_SHARD = sql.raw('(pg_backend_pid() & 7) + 1');

/**
 * Days from acquisition to sale of a sale: its parts' first acquired date (a build's first part), else its
 * part's. A SQL fragment over the sale row named `alias`.
 */
export const daysToSellOf = (alias: string) => {
  const s = sql.raw(alias);
  return sql`(${s}.sold_at - coalesce(
    (select min(p.acquired_at) from sale_item si join part p on p.id = si.part_id where si.sale_id = ${s}.id),
    (select p.acquired_at from part p where p.id = ${s}.part_id)))`;
};

const heldSums = sql.raw(
  HELD_COLUMNS.map((c) => `sum(${c})::${c.endsWith('_units') ? 'int' : 'bigint'} as ${c}`).join(', '),
);
const heldZeros = sql.raw(HELD_COLUMNS.map(() => '0').join(', '));
/** The same, named: the first branch of a union names its columns. */
const heldZerosNamed = sql.raw(HELD_COLUMNS.map((c) => `0 as ${c}`).join(', '));
/** A group of parts' held units and cost per held status, in HELD_COLUMNS' order. */
const heldByStatus = sql.raw(
  HELD_STATUSES.map(
    (s) =>
      `count(*) filter (where status = '${s}'), coalesce(sum(cost_cents) filter (where status = '${s}'), 0)`,
  ).join(', '),
);

/**
 * The ledger summed per (owner, day), voided sales and their refunds left out: sales on their sale date,
 * refunds (and the cost of goods a restock returns) on their refund date, expenses on their date, parts bought
 * on their acquired date (with how many of them are sold and held now, and held per status), parts archived
 * without a sale on their archived date; `sold_days` lists each sale's days to sell (sorted), so the summary's average and median read
 * a range's rows instead of every sale's parts. `where` picks the rows of each source by its owner and date
 * column. This one query defines every aggregate: the writes, the nightly check and the rebuild all use it.
 */
export function ledgerDays(where: (ownerColumn: SQL, dateColumn: SQL) => SQL): SQL {
  const w = (table: string, dateColumn: string) =>
    where(sql.raw(`${table}.owner_id`), sql.raw(`${table}.${dateColumn}`));
  return sql`
    select owner_id, day,
      sum(sales_count)::int as sales_count, sum(revenue_cents)::bigint as revenue_cents,
      sum(fees_cents)::bigint as fees_cents, sum(shipping_cents)::bigint as shipping_cents,
      sum(cogs_cents)::bigint as cogs_cents, sum(refunds_cents)::bigint as refunds_cents,
      sum(cogs_returned_cents)::bigint as cogs_returned_cents, sum(expenses_cents)::bigint as expenses_cents,
      sum(purchased_units)::int as purchased_units, sum(purchases_cents)::bigint as purchases_cents,
      sum(written_off_units)::int as written_off_units, sum(written_off_cents)::bigint as written_off_cents,
      sum(acquired_sold_units)::int as acquired_sold_units, sum(acquired_held_units)::int as acquired_held_units,
      ${heldSums},
      -- Only the sales source has a list (one row per owner and day): max() takes it.
      coalesce(max(sold_days), '{}')::int[] as sold_days
    from (
      select owner_id, sold_at as day, count(*) as sales_count, sum(price_cents) as revenue_cents,
        sum(fees_cents) as fees_cents, sum(shipping_cents) as shipping_cents, sum(cogs_cents) as cogs_cents,
        0 as refunds_cents, 0 as cogs_returned_cents, 0 as expenses_cents, 0 as purchased_units,
        0 as purchases_cents, 0 as written_off_units, 0 as written_off_cents, 0 as acquired_sold_units,
        0 as acquired_held_units, ${heldZerosNamed}, array_agg(days order by days) filter (where days is not null) as sold_days
      from (select sale.*, ${daysToSellOf('sale')} as days from sale
        where ${w('sale', 'sold_at')} and sale.voided_at is null) as sale
      group by owner_id, sold_at
      union all
      select owner_id, refunded_at, 0, 0, 0, 0, 0, sum(amount_cents), sum(cogs_returned_cents), 0, 0, 0, 0, 0, 0, 0,
        ${heldZeros}, null
      from sale_refund where ${w('sale_refund', 'refunded_at')}
        and not exists (select 1 from sale where sale.id = sale_refund.sale_id and sale.voided_at is not null)
      group by owner_id, refunded_at
      union all
      select owner_id, spent_at, 0, 0, 0, 0, 0, 0, 0, sum(amount_cents), 0, 0, 0, 0, 0, 0, ${heldZeros}, null
      from expense where ${w('expense', 'spent_at')} group by owner_id, spent_at
      union all
      select owner_id, acquired_at, 0, 0, 0, 0, 0, 0, 0, 0, count(*), sum(cost_cents), 0, 0,
        count(*) filter (where status = 'sold'), count(*) filter (where status in (${heldList})), ${heldByStatus},
        null
      from part where ${w('part', 'acquired_at')} group by owner_id, acquired_at
      union all
      select owner_id, archived_at, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*), sum(cost_cents), 0, 0, ${heldZeros}, null
      from part where ${w('part', 'archived_at')} and part.status = 'archived' and part.archived_at is not null
      group by owner_id, archived_at
    ) as sources
    group by owner_id, day`;
}

const dayList = (days: Iterable<string | null | undefined>): string[] =>
  [...new Set([...days].filter((d): d is string => typeof d === 'string'))].sort();

/** The first day (YYYY-MM-01) of a day's month: analytics_monthly's key. */
export const monthOf = (day: string): string => `${day.slice(0, 7)}-01`;

/**
 * An owner's month's days to sell, its days' lists merged (only shard 0 has a list): for the row aliased `m`
 * with an owner_id and a month.
 */
const monthSoldDays = (m: string) =>
  sql.raw(`coalesce((select array_agg(d order by d) from analytics_daily a, unnest(a.sold_days) as d
    where a.owner_id = ${m}.owner_id and a.day >= ${m}.month
      and a.day < (${m}.month + interval '1 month')::date), '{}')`);

/**
 * Creates (or locks) an owner's months' rows, in month order: writers of one month's days (and the months'
 * repairs) then run one after the other, each reading the days as the one before left them.
 */
export async function lockMonths(tx: DbOrTx, ownerId: string, months: string[]): Promise<void> {
  await tx.execute(sql`
    insert into analytics_monthly (owner_id, month)
    select ${ownerId}, m from unnest(${sql.param(months)}::date[]) as m order by m
    on conflict (owner_id, month) do update set month = excluded.month`);
}

/**
 * THE hook of every write to the ledger: recomputes the owner's given days of analytics_daily from the ledger,
 * in the writer's transaction, after its changes (call it last). Give every day the write touched: the old
 * and the new date of a moved record, and the acquired day of a part that became or stopped being sold or
 * held (its day's sell-through). Answers are then never stale.
 *
 * Each day ends as one row, shard 0, and the creations' rows of those days go (the ledger counts their parts).
 * The triggers on analytics_daily carry the change of the shard-0 rows to their months (analytics_monthly);
 * the months' days to sell are merged last. Race-safe under READ COMMITTED: the first statements lock (or
 * create) the owner's rows for those days and their months, so a second writer of the same days (or months),
 * or a creation adding to one of the day rows, waits for the first to commit; the recomputing statements, each
 * with a new snapshot, see everything committed before. A creation that makes a new row after those locks is
 * in that snapshot with its part and its row (the row goes, the ledger counts the part), or with neither (the
 * row stays and counts it).
 */
export async function recomputeDays(
  tx: DbOrTx,
  ownerId: string,
  days: Iterable<string | null | undefined>,
): Promise<void> {
  const list = dayList(days);
  if (list.length === 0) return;
  const param = sql`${sql.param(list)}::date[]`;
  const ofDays = sql`owner_id = ${ownerId} and day = any(${param})`;
  const months = [...new Set(list.map(monthOf))];
  await tx.execute(sql`
    insert into analytics_daily (owner_id, day)
    select ${ownerId}, d from unnest(${param}) as d order by d
    on conflict (owner_id, day, shard) do update set day = excluded.day`);
  await lockMonths(tx, ownerId, months);
  await tx.execute(
    sql`select 1 from analytics_daily where ${ofDays} and shard <> 0 order by day, shard for update`,
  );
  const ledger = ledgerDays((owner, date) => sql`${owner} = ${ownerId} and ${date} = any(${param})`);
  const sets = sql.raw(
    [
      ...OWNER_DAY_COLUMNS.map((c) => `${c} = coalesce(l.${c}, 0)`),
      `sold_days = coalesce(l.sold_days, '{}')`,
    ].join(', '),
  );
  await tx.execute(sql`
    with folded as (delete from analytics_daily where ${ofDays} and shard <> 0),
    l0 as (${ledger}),
    l as (select d.day as the_day, l0.* from unnest(${param}) as d(day) left join l0 on l0.day = d.day)
    update analytics_daily a set ${sets}
    from l where a.owner_id = ${ownerId} and a.day = l.the_day and a.shard = 0`);
  // The triggers added the days' figures to their months; their days to sell are merged here, from the days
  // as they now are.
  await tx.execute(sql`
    update analytics_monthly m set sold_days = ${monthSoldDays('m')}
    where owner_id = ${ownerId} and month = any(${sql.param(months)}::date[])`);
}

/** What one part's creation adds to its acquired day. */
const PURCHASE_COLUMNS = [
  'purchased_units',
  'purchases_cents',
  'acquired_sold_units',
  'acquired_held_units',
  ...HELD_COLUMNS,
];
/** One part's held unit and cost under its status, in HELD_COLUMNS' order. */
const partHeld = sql.raw(
  HELD_STATUSES.map(
    (s) => `(status = '${s}')::int, case when status = '${s}' then cost_cents else 0 end`,
  ).join(', '),
);

/**
 * The part-create hot path adds one part to its day in the same statement as the insert (a data-modifying
 * CTE, no transaction round trips), in its connection's row of the day (WRITER_SHARD). The day's rows then sum
 * to what recomputeDays would write: the nightly check compares.
 */
export const addPurchaseSql = (inserted: SQL) => sql`
  insert into analytics_daily (owner_id, day, shard, ${sql.raw(PURCHASE_COLUMNS.join(', '))})
  select owner_id, acquired_at, ${WRITER_SHARD}, 1, cost_cents, (status = 'sold')::int,
    (status in (${heldList}))::int, ${partHeld}
  from ${inserted}
  on conflict (owner_id, day, shard) do update set
    ${sql.raw(PURCHASE_COLUMNS.map((c) => `${c} = analytics_daily.${c} + excluded.${c}`).join(', '))}
  returning 1`;

/** Every aggregate recomputed from the ledger in one transaction (npm run analytics:rebuild): idempotent. */
export async function rebuildAll(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    // Writers wait until the rebuild commits, then recompute their days over it.
    await tx.execute(sql`lock table analytics_daily, analytics_monthly in share row exclusive mode`);
    await tx.execute(sql`delete from analytics_daily`);
    // The triggers empty platform_daily's figures with it; start it afresh (anything written to it by hand
    // goes too), with the active users from user_activity, then the insert below refills the figures.
    await tx.execute(sql`delete from platform_daily`);
    await tx.execute(sql`insert into platform_daily (day, shard, active_users)
      select day, 0, count(*) from user_activity group by 1 order by 1`);
    const ledger = ledgerDays(() => sql`true`);
    const result = (await tx.execute(sql`
      insert into analytics_daily (owner_id, day, ${columnList}, sold_days)
      select owner_id, day, ${columnList}, sold_days from (${ledger}) as l`)) as unknown as {
      rowCount?: number | null;
      affectedRows?: number;
    };
    await foldPlatformDays(tx);
    // The triggers added the rebuilt days to the months: the months start afresh from the days instead (the
    // lists of days to sell too).
    await tx.execute(sql`delete from analytics_monthly`);
    await tx.execute(sql`
      insert into analytics_monthly (owner_id, month, ${columnList}, sold_days)
      select owner_id, month, ${columnList}, sold_days from (${monthsOfDays(sql`true`)}) as m order by 1, 2`);
    return result.rowCount ?? result.affectedRows ?? 0;
  });
}

/**
 * The owners' months summed from their recomputed days (the shard-0 rows of analytics_daily that `where`
 * picks), as analytics_monthly's rows hold them: the figures, and the days' lists merged.
 */
export const monthsOfDays = (where: SQL) => sql`
  select s.*, ${monthSoldDays('s')} as sold_days from (
    select owner_id, date_trunc('month', day)::date as month, ${sql.raw(summed(OWNER_DAY_COLUMNS))}
    from analytics_daily where shard = 0 and ${where} group by 1, 2
  ) as s`;

/**
 * Folds the platform's rows of the days in [from, to] (every day without a range) into one row per day,
 * shard 0. The shards only spread the writers of one day over rows; a past day is read by every admin answer
 * and rarely written, so the nightly job and a rebuild fold them (a year of days is 365 rows to read, not
 * 16 times as many). Safe beside writers: each row moves with the figures it holds when it is deleted (a
 * writer's committed change included), a writer of a folded shard starts a new row, and the rows are locked
 * first in the order writers lock them, (day, shard).
 */
export async function foldPlatformDays(tx: Tx, range?: { from: string; to: string }): Promise<void> {
  const days = range ? sql`day between ${range.from} and ${range.to}` : sql`true`;
  const added = sql.raw(PLATFORM_COLUMNS.map((c) => `${c} = p.${c} + excluded.${c}`).join(', '));
  await tx.execute(sql`select 1 from platform_daily where ${days} order by day, shard for update`);
  await tx.execute(sql`
    with folded as (delete from platform_daily where ${days} and shard <> 0 returning *)
    insert into platform_daily as p (day, shard, ${platformColumns})
    select day, 0, ${platformSums} from folded group by day order by day
    on conflict (day, shard) do update set ${added}`);
}

/**
 * The days of the live sales that sold any of these parts: a change to a sold part's acquired date changes
 * those days' `sold_days`, so its writer recomputes them too.
 */
export async function saleDaysOfParts(tx: DbOrTx, ownerId: string, partIds: number[]): Promise<string[]> {
  if (partIds.length === 0) return [];
  const ids = sql`${sql.param(partIds)}::bigint[]`;
  const rows = await queryRows<{ day: string }>(
    tx,
    sql`select distinct to_char(s.sold_at, 'YYYY-MM-DD') as day from sale s
      where s.owner_id = ${ownerId} and s.voided_at is null and (s.part_id = any(${ids})
        or exists (select 1 from sale_item si where si.sale_id = s.id and si.part_id = any(${ids})))`,
  );
  return rows.map((r) => r.day);
}
