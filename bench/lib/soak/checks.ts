import { withClient } from '../database';
import type { Acknowledged } from './mixed-load';

/** How far the replica is behind, seen from the primary; null while no replica is connected. */
export async function replicaLag(primaryUrl: string): Promise<{ seconds: number; bytes: number } | null> {
  return withClient(primaryUrl, async (client) => {
    const result = await client.query<{ seconds: number; bytes: number }>(
      `select coalesce(extract(epoch from replay_lag), 0)::float8 as seconds,
        pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::float8 as bytes
       from pg_stat_replication limit 1`,
    );
    return result.rows[0] ?? null;
  }).catch(() => null);
}

/** Transactions the replica has served so far (its own reads); null while it is down. */
export async function replicaTransactions(replicaUrl: string): Promise<number | null> {
  return withClient(replicaUrl, async (client) => {
    const result = await client.query<{ n: string }>(
      'select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()',
    );
    return Number(result.rows[0]?.n ?? 0);
  }).catch(() => null);
}

export interface Consistency {
  partsAcknowledged: number;
  partsFound: number;
  salesAcknowledged: number;
  /** Acknowledged sales found on the primary with the acknowledged price. */
  salesFound: number;
  listingsAcknowledged: number;
  listingsFound: number;
  /** Owners whose daily aggregates differ from the ledger (sales count, revenue, parts bought, their cost). */
  ownersWithDrift: number;
  /** Rows per table on the primary and, once it has replayed everything, on the replica. */
  primaryRows: Record<string, number>;
  replicaRows: Record<string, number>;
  ok: boolean;
}

const DRIFT = `
  with ledger as (
    select owner_id, count(*) as n, sum(price_cents) as revenue from sale where voided_at is null group by owner_id),
  bought as (
    select owner_id, count(*) as units, sum(cost_cents) as cost from part where acquired_at is not null
    group by owner_id),
  kept as (
    select owner_id, sum(sales_count) as n, sum(revenue_cents) as revenue, sum(purchased_units) as units,
      sum(purchases_cents) as cost
    from analytics_daily group by owner_id)
  select count(*)::int as drift from kept
    full join ledger using (owner_id) full join bought using (owner_id)
  where coalesce(kept.n, 0) <> coalesce(ledger.n, 0) or coalesce(kept.revenue, 0) <> coalesce(ledger.revenue, 0)
    or coalesce(kept.units, 0) <> coalesce(bought.units, 0) or coalesce(kept.cost, 0) <> coalesce(bought.cost, 0)`;

const COUNTED = ['part', 'sale', 'listing', 'analytics_daily'];

async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of COUNTED) {
      const result = await client.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      counts[table] = result.rows[0]?.n ?? -1;
    }
    return counts;
  });
}

/** Waits until the replica has replayed everything the primary wrote (at most a minute). */
async function replicaCaughtUp(primaryUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const lag = await replicaLag(primaryUrl);
    if (lag && lag.bytes === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Every acknowledged write is on the primary, aggregates equal the ledger, and the replica holds the same rows. */
export async function checkConsistency(
  primaryUrl: string,
  replicaUrl: string,
  acknowledged: Acknowledged,
): Promise<Consistency> {
  const found = await withClient(primaryUrl, async (client) => {
    const count = async (table: string, ids: number[]) =>
      (
        await client.query<{ n: number }>(
          `select count(*)::int as n from ${table} where id = any($1::int[])`,
          [ids],
        )
      ).rows[0]?.n ?? 0;
    const prices = await client.query<{ id: number; price_cents: string }>(
      'select id, price_cents from sale where id = any($1::int[]) and voided_at is null',
      [acknowledged.sales.map((s) => s.id)],
    );
    const price = new Map(prices.rows.map((r) => [Number(r.id), Number(r.price_cents)]));
    const drift = await client.query<{ drift: number }>(DRIFT);
    return {
      parts: await count('part', acknowledged.parts),
      sales: acknowledged.sales.filter((s) => price.get(s.id) === s.priceCents).length,
      listings: await count('listing', acknowledged.listings),
      drift: drift.rows[0]?.drift ?? -1,
    };
  });
  await replicaCaughtUp(primaryUrl);
  const primaryRows = await rowCounts(primaryUrl);
  const replicaRows = await rowCounts(replicaUrl);
  const result = {
    partsAcknowledged: acknowledged.parts.length,
    partsFound: found.parts,
    salesAcknowledged: acknowledged.sales.length,
    salesFound: found.sales,
    listingsAcknowledged: acknowledged.listings.length,
    listingsFound: found.listings,
    ownersWithDrift: found.drift,
    primaryRows,
    replicaRows,
  };
  const ok =
    found.parts === acknowledged.parts.length &&
    found.sales === acknowledged.sales.length &&
    found.listings === acknowledged.listings.length &&
    found.drift === 0 &&
    JSON.stringify(primaryRows) === JSON.stringify(replicaRows);
  return { ...result, ok };
}
