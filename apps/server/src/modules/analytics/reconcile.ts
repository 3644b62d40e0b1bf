import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../db/client';
import { exactInteger } from '../../db/sums';
import { DAILY_COLUMNS, ledgerDays, recomputeDays } from './aggregates';

export interface Drift {
  ownerId: string;
  day: string;
  /** The figures that differed: what the aggregate held, what the ledger says. */
  figures: Record<string, { kept: number; ledger: number }>;
}

/** Every (owner, day) in [from, to] whose aggregate differs from the ledger (a missing row counts as zeros). */
export async function findDrift(db: DbOrTx, from: string, to: string): Promise<Drift[]> {
  const ledger = ledgerDays((_owner, date) => sql`${date} between ${from} and ${to}`);
  // Each sale's days to sell are compared as lists, and reported by their sum.
  const daysSum = (t: string) => `coalesce((select sum(d) from unnest(${t}.sold_days) as d), 0)`;
  const pairs = [
    ...DAILY_COLUMNS.map((c) => `coalesce(l.${c}, 0) as l_${c}, coalesce(a.${c}, 0) as a_${c}`),
    `${daysSum('l')} as l_sold_days, ${daysSum('a')} as a_sold_days`,
  ];
  const differs = [
    ...DAILY_COLUMNS.map((c) => `coalesce(l.${c}, 0) <> coalesce(a.${c}, 0)`),
    `coalesce(l.sold_days, '{}') <> coalesce(a.sold_days, '{}')`,
  ].join(' or ');
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
      with l as (${ledger}),
      a as (select * from analytics_daily where day between ${from} and ${to})
      select coalesce(l.owner_id, a.owner_id) as owner_id, to_char(coalesce(l.day, a.day), 'YYYY-MM-DD') as day,
        ${sql.raw(pairs.join(', '))}
      from l full join a on a.owner_id = l.owner_id and a.day = l.day
      where ${sql.raw(differs)}
      order by 2, 1`,
  );
  return rows.map((r) => {
    const figures: Drift['figures'] = {};
    for (const c of [...DAILY_COLUMNS, 'sold_days']) {
      const kept = exactInteger(r[`a_${c}`]);
      const ledgerValue = exactInteger(r[`l_${c}`]);
      if (kept !== ledgerValue) figures[c] = { kept, ledger: ledgerValue };
    }
    return { ownerId: String(r.owner_id), day: String(r.day), figures };
  });
}

/** The platform's figures of a (day, shard) that differ from its owners' rows (and activity) summed. */
export interface PlatformDrift {
  day: string;
  shard: number;
  figures: Record<string, { kept: number; owners: number }>;
}

/** What platform_daily keeps per (day, shard): the owners' figures summed, and the users active that day. */
const PLATFORM_COLUMNS = [...DAILY_COLUMNS, 'active_users'] as const;

/** analytics_daily and user_activity summed per day and shard: the triggers keep platform_daily equal to it. */
const ownerSums = (from: string, to: string) => {
  const zeros = DAILY_COLUMNS.map(() => '0').join(', ');
  return sql`
  select day, (hashtext(owner_id) & 15)::smallint as shard,
    ${sql.raw(PLATFORM_COLUMNS.map((c) => `sum(${c})::bigint as ${c}`).join(', '))}
  from (
    select owner_id, day, ${sql.raw(DAILY_COLUMNS.join(', '))}, 0 as active_users
    from analytics_daily where day between ${from} and ${to}
    union all
    select user_id, day, ${sql.raw(zeros)}, 1 from user_activity where day between ${from} and ${to}
  ) as o group by 1, 2`;
};

export async function findPlatformDrift(db: DbOrTx, from: string, to: string): Promise<PlatformDrift[]> {
  const pairs = PLATFORM_COLUMNS.map((c) => `coalesce(o.${c}, 0) as o_${c}, coalesce(p.${c}, 0) as p_${c}`);
  const differs = PLATFORM_COLUMNS.map((c) => `coalesce(o.${c}, 0) <> coalesce(p.${c}, 0)`).join(' or ');
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
      with o as (${ownerSums(from, to)}),
      p as (select * from platform_daily where day between ${from} and ${to})
      select to_char(coalesce(o.day, p.day), 'YYYY-MM-DD') as day, coalesce(o.shard, p.shard) as shard,
        ${sql.raw(pairs.join(', '))}
      from o full join p on p.day = o.day and p.shard = o.shard
      where ${sql.raw(differs)}
      order by 1, 2`,
  );
  return rows.map((r) => {
    const figures: PlatformDrift['figures'] = {};
    for (const c of PLATFORM_COLUMNS) {
      const kept = exactInteger(r[`p_${c}`]);
      const owners = exactInteger(r[`o_${c}`]);
      if (kept !== owners) figures[c] = { kept, owners };
    }
    return { day: String(r.day), shard: Number(r.shard), figures };
  });
}

/**
 * Finds the drift in [from, to] and repairs it in the caller's transaction: owners' days with the writes' own
 * function (the triggers carry the repair to platform_daily), then any platform row that differs from its
 * owners' sum (only a hand edit of platform_daily makes one) is set to that sum.
 */
export async function repairDrift(
  tx: Tx,
  from: string,
  to: string,
): Promise<{ owners: Drift[]; platform: PlatformDrift[] }> {
  const drift = await findDrift(tx, from, to);
  const byOwner = new Map<string, string[]>();
  for (const d of drift) byOwner.set(d.ownerId, [...(byOwner.get(d.ownerId) ?? []), d.day]);
  for (const [ownerId, days] of byOwner) await recomputeDays(tx, ownerId, days);
  const platform = await findPlatformDrift(tx, from, to);
  if (platform.length > 0) {
    const columns = sql.raw(PLATFORM_COLUMNS.join(', '));
    const zeros = sql.raw(PLATFORM_COLUMNS.map((c) => `${c} = 0`).join(', '));
    const sets = sql.raw(PLATFORM_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', '));
    await tx.execute(sql`update platform_daily set ${zeros} where day between ${from} and ${to}`);
    await tx.execute(sql`
      insert into platform_daily (day, shard, ${columns}) select day, shard, ${columns} from (${ownerSums(from, to)}) as o
      order by 1, 2 on conflict (day, shard) do update set ${sets}`);
  }
  return { owners: drift, platform };
}
