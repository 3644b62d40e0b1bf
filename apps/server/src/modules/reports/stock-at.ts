import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { exactInteger } from '../../db/sums';

/**
 * The owner's stock at cost at the end of `day`, from the ledger: parts acquired by then, not archived by then,
 * and not sold by then (a voided sale, or one whose goods came back by then, does not count).
 */
export async function stockAt(
  db: DbOrTx,
  ownerId: string,
  day: string,
): Promise<{ units: number; cents: number }> {
  const [row] = await queryRows<{ units: number; cents: unknown }>(
    db,
    sql`select count(*)::int as units, coalesce(sum(p.cost_cents), 0)::bigint as cents
      from part p
      where p.owner_id = ${ownerId} and p.acquired_at <= ${day}
        and (p.archived_at is null or p.archived_at > ${day})
        and not exists (
          select 1 from sale_item si join sale s on s.id = si.sale_id
          where si.part_id = p.id and si.owner_id = ${ownerId} and s.sold_at <= ${day} and s.voided_at is null
            and not exists (
              select 1 from sale_refund r where r.sale_id = s.id and r.restock and r.refunded_at <= ${day}))`,
  );
  return { units: row?.units ?? 0, cents: exactInteger(row?.cents ?? 0) };
}
