import { addDays, type Granularity, type Timeseries } from '@partwise/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { Caller } from '../../core/caller';
import { type Db, prepareRows } from '../../db/client';
import { type JsonText, jsonText } from '../../http/serializer';
import { confirmToken, tokenConfirmedSql, tokenParams } from '../auth/token-confirmation';
import { BEGINNING, ownerRows, piecesOf, rowParams } from './analytics.months';
import type { Range } from './analytics.range';

const p = (name: string) => sql.placeholder(name);

/** A period's name: 2025-06-15, 2025-W24 (ISO week and its week-numbering year), 2025-06, 2025. */
const LABEL: Record<Granularity, string> = {
  day: 'YYYY-MM-DD',
  week: 'IYYY-"W"IW',
  month: 'YYYY-MM',
  year: 'YYYY',
};

/** The figures of a point, summed from an owner's days (the rows of an (owner, day) are summed too). */
const SUMS = [
  ['salesCount', 'sales_count'],
  ['revenueCents', 'revenue_cents'],
  ['feesCents', 'fees_cents'],
  ['shippingCents', 'shipping_cents'],
  ['cogsCents', 'cogs_cents'],
  ['cogsReturnedCents', 'cogs_returned_cents'],
  ['refundsCents', 'refunds_cents'],
  ['expensesCents', 'expenses_cents'],
  ['purchasesCents', 'purchases_cents'],
  ['writtenOffCents', 'written_off_cents'],
] as const;

const list = (parts: string[]) => sql.raw(parts.join(', '));
/** What a row's days added to the stock at cost: bought, less sold at cost, plus returned, less written off. */
const stockChange = (row = '') =>
  `${row}purchases_cents - ${row}cogs_cents + ${row}cogs_returned_cents - ${row}written_off_cents`;
/** Net profit of summed days, as `netProfitOf` (analytics.figures.ts) computes it for the summary. */
const NET_PROFIT =
  'revenue_cents - fees_cents - shipping_cents - (cogs_cents - cogs_returned_cents) - refunds_cents - expenses_cents';

/**
 * The series of one granularity, zero-filled and written as JSON by PostgreSQL in one prepared statement: the
 * owner's figures up to the range's end summed per calendar period (everything before the range into one row,
 * the stock at cost the series opens with), every period of the range generated, the stock carried as a running
 * sum. Whole months are read from analytics_monthly (`rowsOfSeries`).
 * The server sends the text as is: building 24 points from 25 rows and serialising them cost more of its CPU
 * than the database spends writing them.
 */
function seriesStatement(g: Granularity): SQL {
  const unit = sql.raw(`'${g}'`);
  const step = sql.raw(`interval '1 ${g}'`);
  const from = sql`${p('from')}::date`;
  const to = sql`${p('to')}::date`;
  const points = SUMS.flatMap(([key, column]) => [`'${key}'`, column]);
  const rows = ownerRows(
    SUMS.map(([, column]) => column).join(', '),
    (date) =>
      sql`case when ${date} < ${from} then null else date_trunc(${unit}, ${date}::timestamp) end as period`,
  );
  return sql`
    with sums as (
      select period, ${list(SUMS.map(([, column]) => `coalesce(sum(${column}), 0)::bigint as ${column}`))}
      from (${rows}) as r
      group by 1
    ), points as (
      select periods.period,
        ${list(SUMS.map(([, column]) => `coalesce(s.${column}, 0) as ${column}`))},
        coalesce((select ${sql.raw(stockChange())} from sums where period is null), 0)
          + sum(coalesce(${sql.raw(stockChange('s.'))}, 0)) over (order by periods.period)
          as stock_value_cents
      from generate_series(date_trunc(${unit}, ${from}::timestamp), ${to}::timestamp, ${step}) as periods(period)
        left join sums s on s.period = periods.period
    )
    select json_agg(json_build_object(
      'period', to_char(period, ${sql.raw(`'${LABEL[g]}'`)}),
      -- Dates are written as YYYY-MM-DD in JSON whatever the DateStyle; cheaper than to_char.
      'start', greatest(period::date, ${from}),
      'end', least((period + ${step} - interval '1 day')::date, ${to}),
      ${list(points)},
      'netProfitCents', ${sql.raw(NET_PROFIT)},
      'stockValueCents', stock_value_cents
    ) order by period)::text as points, ${tokenConfirmedSql} as token_confirmed
    from points`;
}

/**
 * What a series reads: everything before the range (its months, then the days of the range's first month
 * before it), and the range itself: by months and the days around them for months and years, by days for
 * days and weeks (a week straddles months).
 */
function rowsOfSeries(g: Granularity, range: Range) {
  const opening = range.from > BEGINNING ? [piecesOf({ from: BEGINNING, to: addDays(range.from, -1) })] : [];
  const inRange = g === 'month' || g === 'year' ? piecesOf(range) : { months: null, days: [range] };
  return rowParams([...opening, inRange]);
}

export type SeriesStatements = Record<
  Granularity,
  (caller: Caller, from: string, to: string) => Promise<JsonText<Timeseries>>
>;

/**
 * The hot read of a series, prepared once per granularity (no SQL built per request, no re-planning in
 * PostgreSQL): one statement, one round trip and one pooled connection per series.
 */
export function prepareSeries(db: Db): SeriesStatements {
  const prepareFor = (g: Granularity) => {
    const statement = prepareRows<{ points: string; token_confirmed: boolean }>(
      db,
      `analytics_series_${g}`,
      ['points', 'token_confirmed'],
      seriesStatement(g),
    );
    return async (caller: Caller, from: string, to: string) => {
      const [row] = await statement.execute(
        Object.assign(rowsOfSeries(g, { from, to }), tokenParams(caller), { from, to }),
      );
      confirmToken(caller, row?.token_confirmed);
      return jsonText<Timeseries>(
        `{"granularity":"${g}","from":${JSON.stringify(from)},"to":${JSON.stringify(to)},"points":${row?.points ?? '[]'}}`,
      );
    };
  };
  return {
    day: prepareFor('day'),
    week: prepareFor('week'),
    month: prepareFor('month'),
    year: prepareFor('year'),
  };
}
