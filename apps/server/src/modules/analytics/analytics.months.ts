import { addDays } from '@partwise/shared';
import { type SQL, sql } from 'drizzle-orm';
import { monthOf } from './aggregates';
import type { Range } from './analytics.range';

/**
 * Reading an owner's figures over a span: whole months from analytics_monthly (a row per month, the recomputed
 * days) with the creations' own rows of those months, the days around them from analytics_daily. A year's
 * summary reads ~24 rows instead of ~700, and a 24-month series with its opening stock ~40 instead of every day
 * the owner has.
 */

/** Before any date the ledger holds: the start of "everything before the range". */
export const BEGINNING = '0001-01-01';

const isMonthEnd = (day: string) => addDays(day, 1).endsWith('-01');

function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  const year = String(Math.floor(index / 12)).padStart(4, '0');
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * A range cut at its months: the whole months in it (from the first's first day to the last's last), and the
 * days outside them.
 */
export interface Pieces {
  months: Range | null;
  days: Range[];
}

export function piecesOf({ from, to }: Range): Pieces {
  const firstMonth = from.endsWith('-01') ? from : addMonths(monthOf(from), 1);
  const lastMonth = isMonthEnd(to) ? monthOf(to) : addMonths(monthOf(to), -1);
  if (firstMonth > lastMonth) return { months: null, days: [{ from, to }] };
  const days: Range[] = [];
  if (from < firstMonth) days.push({ from, to: addDays(firstMonth, -1) });
  if (!isMonthEnd(to)) days.push({ from: monthOf(to), to });
  return { months: { from: firstMonth, to: addDays(addMonths(lastMonth, 1), -1) }, days };
}

/** Day ranges in order, adjacent ones joined (one index scan each). */
function joined(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of [...ranges].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    const last = out.at(-1);
    if (last && addDays(last.to, 1) === r.from) last.to = r.to;
    else out.push({ ...r });
  }
  return out;
}

const MONTH_SLOTS = 2;
const DAY_SLOTS = 3;
/** An unused slot: no row is between these. */
const NONE: Range = { from: '9999-12-31', to: BEGINNING };

/**
 * The placeholders `ownerRows` reads for these pieces (of adjacent ranges, e.g. a range and the one before):
 * two ranges of months and three of days, the unused ones empty.
 */
export function rowParams(pieces: Pieces[]): Record<string, string> {
  const months = pieces.flatMap((p) => (p.months ? [p.months] : []));
  const days = joined(pieces.flatMap((p) => p.days));
  if (months.length > MONTH_SLOTS || days.length > DAY_SLOTS)
    throw new Error(`ownerRows takes ${MONTH_SLOTS} month and ${DAY_SLOTS} day ranges`);
  const params: Record<string, string> = {};
  const fill = (kind: 'm' | 'd', slots: number, ranges: Range[]) => {
    for (let i = 0; i < slots; i++) {
      const r = ranges[i] ?? NONE;
      params[`${kind}${i}from`] = r.from;
      params[`${kind}${i}to`] = r.to;
    }
  };
  fill('m', MONTH_SLOTS, months);
  fill('d', DAY_SLOTS, days);
  return params;
}

/**
 * The owner's rows over the ranges `rowParams` fills: `key` (given the row's date column, its month's first
 * day or its day) and `columns`, each slot one index range scan: a range of months reads analytics_monthly and
 * the creations' rows of its days (analytics_daily_writer_rows_idx), a range of days analytics_daily.
 */
export function ownerRows(columns: string, key: (date: SQL) => SQL): SQL {
  const p = (name: string) => sql`${sql.placeholder(name)}::date`;
  const owner = sql.placeholder('ownerId');
  const cols = sql.raw(columns);
  const slots = (table: string, date: string, count: number, kind: string, where = '') =>
    Array.from(
      { length: count },
      (_, i) => sql`select ${key(sql.raw(date))}, ${cols} from ${sql.raw(table)}
        where owner_id = ${owner}${sql.raw(where)}
          and ${sql.raw(date)} between ${p(`${kind}${i}from`)} and ${p(`${kind}${i}to`)}`,
    );
  return sql.join(
    [
      ...slots('analytics_monthly', 'month', MONTH_SLOTS, 'm'),
      ...slots('analytics_daily', 'day', MONTH_SLOTS, 'm', ' and shard <> 0'),
      ...slots('analytics_daily', 'day', DAY_SLOTS, 'd'),
    ],
    sql` union all `,
  );
}
