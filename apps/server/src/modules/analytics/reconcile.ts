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
  const pairs = DAILY_COLUMNS.map((c) => `coalesce(l.${c}, 0) as l_${c}, coalesce(a.${c}, 0) as a_${c}`);
  const differs = DAILY_COLUMNS.map((c) => `coalesce(l.${c}, 0) <> coalesce(a.${c}, 0)`).join(' or ');
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
    for (const c of DAILY_COLUMNS) {
      const kept = exactInteger(r[`a_${c}`]);
      const ledgerValue = exactInteger(r[`l_${c}`]);
      if (kept !== ledgerValue) figures[c] = { kept, ledger: ledgerValue };
    }
    return { ownerId: String(r.owner_id), day: String(r.day), figures };
  });
}

/** Finds the drift in [from, to] and repairs it with the writes' own function, in the caller's transaction. */
export async function repairDrift(tx: Tx, from: string, to: string): Promise<Drift[]> {
  const drift = await findDrift(tx, from, to);
  const byOwner = new Map<string, string[]>();
  for (const d of drift) byOwner.set(d.ownerId, [...(byOwner.get(d.ownerId) ?? []), d.day]);
  for (const [ownerId, days] of byOwner) await recomputeDays(tx, ownerId, days);
  return drift;
}
