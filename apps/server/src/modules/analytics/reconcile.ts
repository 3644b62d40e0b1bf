import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../db/client';
import { exactInteger } from '../../db/sums';
import {
  DAILY_COLUMNS,
  foldPlatformDays,
  ledgerDays,
  lockMonths,
  monthOf,
  monthsOfDays,
  OWNER_DAY_COLUMNS,
  ownerDaySums,
  PLATFORM_COLUMNS,
  platformColumns,
  platformSums,
  recomputeDays,
} from './aggregates';

/** The figures that differed: what the aggregate held, what it should hold (from the ledger, or the owners). */
export type Figures = Record<string, { kept: number; expected: number }>;

export interface Drift {
  ownerId: string;
  /** YYYY-MM-DD: the owner's day against the ledger; YYYY-MM: the owner's month against its days. */
  day: string;
  figures: Figures;
}

export const isMonthDrift = (d: Drift): boolean => d.day.length === 7;

/**
 * Compares `columns` of the row aliased `kept` with the row aliased `expected` (a missing row counts as zeros):
 * the select list, the condition that they differ, and the figures that differ in a result row. `extra` adds a
 * comparison of its own (a list compared as a list, reported by a number).
 */
function comparison(
  columns: readonly string[],
  kept: string,
  expected: string,
  extra?: { name: string; value: (alias: string) => string; differs: string },
) {
  const pairs = columns.map(
    (c) => `coalesce(${kept}.${c}, 0) as kept_${c}, coalesce(${expected}.${c}, 0) as expected_${c}`,
  );
  const differs = columns.map((c) => `coalesce(${kept}.${c}, 0) <> coalesce(${expected}.${c}, 0)`);
  if (extra) {
    pairs.push(
      `${extra.value(kept)} as kept_${extra.name}, ${extra.value(expected)} as expected_${extra.name}`,
    );
    differs.push(extra.differs);
  }
  const names = extra ? [...columns, extra.name] : columns;
  return {
    select: sql.raw(pairs.join(', ')),
    differs: sql.raw(differs.join(' or ')),
    figures(row: Record<string, unknown>): Figures {
      const figures: Figures = {};
      for (const c of names) {
        const keptValue = exactInteger(row[`kept_${c}`]);
        const expectedValue = exactInteger(row[`expected_${c}`]);
        if (keptValue !== expectedValue) figures[c] = { kept: keptValue, expected: expectedValue };
      }
      return figures;
    },
  };
}

/** Each sale's days to sell are compared as lists, and reported by their sum. */
const soldDaysCompared = (kept: string, expected: string) => ({
  name: 'sold_days',
  value: (t: string) => `coalesce((select sum(d) from unnest(${t}.sold_days) as d), 0)`,
  differs: `coalesce(${expected}.sold_days, '{}') <> coalesce(${kept}.sold_days, '{}')`,
});

/**
 * Every (owner, day) in [from, to] whose aggregate differs from the ledger (a missing row counts as zeros),
 * then every (owner, month) of those days whose analytics_monthly rows differ from its days.
 */
export async function findDrift(db: DbOrTx, from: string, to: string): Promise<Drift[]> {
  return [...(await findDayDrift(db, from, to)), ...(await findMonthDrift(db, from, to))];
}

async function findDayDrift(db: DbOrTx, from: string, to: string): Promise<Drift[]> {
  const ledger = ledgerDays((_owner, date) => sql`${date} between ${from} and ${to}`);
  const compared = comparison(OWNER_DAY_COLUMNS, 'a', 'l', soldDaysCompared('a', 'l'));
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
      with l as (${ledger}),
      a as (select owner_id, day, ${ownerDaySums}
        from analytics_daily where day between ${from} and ${to} group by owner_id, day)
      select coalesce(l.owner_id, a.owner_id) as owner_id, to_char(coalesce(l.day, a.day), 'YYYY-MM-DD') as day,
        ${compared.select}
      from l full join a on a.owner_id = l.owner_id and a.day = l.day
      where ${compared.differs}
      order by 2, 1`,
  );
  return rows.map((r) => ({ ownerId: String(r.owner_id), day: String(r.day), figures: compared.figures(r) }));
}

/** The days of the months that [from, to] touches. */
const daysOfMonths = (from: string, to: string) =>
  sql`day >= ${monthOf(from)}::date and day < (${monthOf(to)}::date + interval '1 month')::date`;

async function findMonthDrift(db: DbOrTx, from: string, to: string): Promise<Drift[]> {
  const compared = comparison(OWNER_DAY_COLUMNS, 'k', 'd', soldDaysCompared('k', 'd'));
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
      with d as (${monthsOfDays(daysOfMonths(from, to))}),
      k as (select * from analytics_monthly where month between ${monthOf(from)} and ${monthOf(to)})
      select coalesce(d.owner_id, k.owner_id) as owner_id, to_char(coalesce(d.month, k.month), 'YYYY-MM') as day,
        ${compared.select}
      from d full join k on k.owner_id = d.owner_id and k.month = d.month
      where ${compared.differs}
      order by 2, 1`,
  );
  return rows.map((r) => ({ ownerId: String(r.owner_id), day: String(r.day), figures: compared.figures(r) }));
}

/** Sets an owner's months to their recomputed days: the figures summed, and the days' lists merged. */
async function repairMonths(tx: Tx, ownerId: string, months: string[]): Promise<void> {
  await lockMonths(tx, ownerId, months);
  const sets = sql.raw(OWNER_DAY_COLUMNS.map((c) => `${c} = coalesce(d.${c}, 0)`).join(', '));
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  await tx.execute(sql`
    with d as (${monthsOfDays(sql`owner_id = ${ownerId} and ${daysOfMonths(first, last)}`)})
    update analytics_monthly m set ${sets}, sold_days = coalesce(d.sold_days, '{}')
    from unnest(${sql.param(months)}::date[]) as t(month) left join d on d.month = t.month
    where m.owner_id = ${ownerId} and m.month = t.month`);
}

/** The platform's figures of a day that differ from its owners' rows (and activity) summed. */
export interface PlatformDrift {
  day: string;
  figures: Figures;
}

/** analytics_daily and user_activity summed per day: the triggers keep platform_daily's shards summing to it. */
const ownerSums = (from: string, to: string) => {
  const zeros = DAILY_COLUMNS.map(() => '0').join(', ');
  return sql`
  select day, ${platformSums}
  from (
    select day, ${sql.raw(DAILY_COLUMNS.join(', '))}, 0 as active_users
    from analytics_daily where day between ${from} and ${to}
    union all
    select day, ${sql.raw(zeros)}, 1 from user_activity where day between ${from} and ${to}
  ) as o group by 1`;
};

export async function findPlatformDrift(db: DbOrTx, from: string, to: string): Promise<PlatformDrift[]> {
  const compared = comparison(PLATFORM_COLUMNS, 'p', 'o');
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
      with o as (${ownerSums(from, to)}),
      p as (select day, ${platformSums} from platform_daily where day between ${from} and ${to} group by 1)
      select to_char(coalesce(o.day, p.day), 'YYYY-MM-DD') as day, ${compared.select}
      from o full join p on p.day = o.day
      where ${compared.differs}
      order by 1`,
  );
  return rows.map((r) => ({ day: String(r.day), figures: compared.figures(r) }));
}

/**
 * Sets each activity day in [from, to] whose previous day is not its user's latest earlier day to that day, and
 * answers how many it set. The insert trigger keeps them; only two processes recording two days of one user at
 * the same moment (around midnight), or a hand edit, leave one behind.
 */
async function repairActivityChain(tx: Tx, from: string, to: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`with fixed as (
      update user_activity a set previous_day = t.previous_day
      from (select user_id, day, (select max(e.day) from user_activity e where e.user_id = w.user_id and e.day < w.day)
          as previous_day
        from user_activity w where day between ${from} and ${to}) as t
      where a.user_id = t.user_id and a.day = t.day and a.previous_day is distinct from t.previous_day
      returning 1)
    select count(*)::int as n from fixed`,
  );
  return rows[0]?.n ?? 0;
}

/** The owners' days in [from, to] with rows of creations beside the recomputed one (ADR 025). */
async function daysWithWriterRows(tx: Tx, from: string, to: string) {
  return queryRows<{ ownerId: string; day: string }>(
    tx,
    sql`select owner_id as "ownerId", to_char(day, 'YYYY-MM-DD') as day from analytics_daily
      where day between ${from} and ${to} and shard <> 0 group by 1, 2`,
  );
}

/**
 * Finds the drift in [from, to] and repairs it in the caller's transaction: owners' days with the writes' own
 * function (the triggers carry the repair to platform_daily), then any platform day that differs from its
 * owners' sum (only a hand edit of platform_daily makes one) is set to that sum, and any activity day whose
 * previous day is stale (the active-user counts read it) is set right. The days are left folded: each owner's
 * day one row (recomputed, which folds the creations' rows), and each day's platform rows one.
 */
export async function repairDrift(
  tx: Tx,
  from: string,
  to: string,
): Promise<{ owners: Drift[]; platform: PlatformDrift[]; activity: number }> {
  const drift = await findDrift(tx, from, to);
  const byOwner = new Map<string, string[]>();
  for (const d of [...drift.filter((d) => !isMonthDrift(d)), ...(await daysWithWriterRows(tx, from, to))])
    byOwner.set(d.ownerId, [...(byOwner.get(d.ownerId) ?? []), d.day]);
  for (const [ownerId, days] of byOwner) await recomputeDays(tx, ownerId, days);
  // Then the months that differed are set to their days, as they are now.
  const monthsByOwner = new Map<string, string[]>();
  for (const d of drift.filter(isMonthDrift))
    monthsByOwner.set(d.ownerId, [...(monthsByOwner.get(d.ownerId) ?? []), `${d.day}-01`]);
  for (const [ownerId, months] of monthsByOwner) await repairMonths(tx, ownerId, months.sort());
  const platform = await findPlatformDrift(tx, from, to);
  if (platform.length > 0) {
    const days = sql`${sql.param(platform.map((d) => d.day))}::date[]`;
    await tx.execute(sql`delete from platform_daily where day = any(${days})`);
    await tx.execute(sql`
      insert into platform_daily (day, shard, ${platformColumns})
      select day, 0, ${platformColumns} from (${ownerSums(from, to)}) as o where day = any(${days}) order by 1`);
  }
  const activity = await repairActivityChain(tx, from, to);
  await foldPlatformDays(tx, { from, to });
  return { owners: drift, platform, activity };
}
