import type { SampleDataCounts } from '@partwise/shared';
import { sql } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import { AppError } from '../../core/errors';
import { type DbOrTx, queryRows } from '../../db/client';
import { recomputeDays } from '../analytics/aggregates';
import { countsOf, sampleIds } from './sample-records';

const ids = (list: number[]) => sql`${sql.param(list)}::bigint[]`;

/**
 * Deletes the sample's records in the caller's transaction, with what the user recorded on its parts and
 * builds (their sales and listings), frees the user's own parts put into a sample build, and recomputes the
 * days they counted in. Null when no sample is loaded.
 */
export async function removeSampleRecords(tx: DbOrTx, who: Acting): Promise<SampleDataCounts | null> {
  const { ownerId } = who;
  // The marker's row lock: a second removal at the same time waits, then finds nothing.
  const marker = await queryRows(
    tx,
    sql`select 1 from sample_record where owner_id = ${ownerId} and entity = 'workshop' for update`,
  );
  if (marker.length === 0) return null;
  const sample = await sampleIds(tx, ownerId);
  const { part: parts, build: builds, lot: lots, expense: expenses } = sample;

  const sales = await queryRows<{ id: string; day: string }>(
    tx,
    sql`select s.id, to_char(s.sold_at, 'YYYY-MM-DD') as day from sale s
      where s.owner_id = ${ownerId} and (s.part_id = any(${ids(parts)}) or s.build_id = any(${ids(builds)})
        or exists (select 1 from sale_item si where si.sale_id = s.id and si.part_id = any(${ids(parts)})))`,
  );
  const saleIds = sales.map((s) => Number(s.id));
  const [mixed] = await queryRows<{ name: string }>(
    tx,
    sql`select s.item_name as name from sale_item si join sale s on s.id = si.sale_id
      where si.sale_id = any(${ids(saleIds)}) and not (si.part_id = any(${ids(parts)})) limit 1`,
  );
  if (mixed)
    throw new AppError(
      'CONFLICT',
      `The sale of "${mixed.name}" holds sample parts and your own: void that sale, then remove the sample data`,
    );
  const refundDays = await queryRows<{ day: string }>(
    tx,
    sql`select to_char(refunded_at, 'YYYY-MM-DD') as day from sale_refund where sale_id = any(${ids(saleIds)})`,
  );

  await tx.execute(sql`delete from sale where owner_id = ${ownerId} and id = any(${ids(saleIds)})`);
  const listingIds = (
    await queryRows<{ id: string }>(
      tx,
      sql`delete from listing where owner_id = ${ownerId}
        and (part_id = any(${ids(parts)}) or build_id = any(${ids(builds)})) returning id`,
    )
  ).map((l) => Number(l.id));
  // The user's own parts in a sample build go back on the shelf; sample parts leave the user's builds.
  const shelved = await queryRows<{ acquired: string }>(
    tx,
    sql`update part set status = 'in_stock', updated_at = ${who.now}
    where owner_id = ${ownerId} and status = 'in_build' and not (id = any(${ids(parts)}))
      and id in (select part_id from build_part where build_id = any(${ids(builds)}))
    returning to_char(acquired_at, 'YYYY-MM-DD') as acquired`,
  );
  await tx.execute(
    sql`delete from build_part where part_id = any(${ids(parts)}) or build_id = any(${ids(builds)})`,
  );
  await tx.execute(sql`delete from build where owner_id = ${ownerId} and id = any(${ids(builds)})`);
  const partDays = await queryRows<{ acquired: string; archived: string | null }>(
    tx,
    sql`delete from part where owner_id = ${ownerId} and id = any(${ids(parts)})
      returning to_char(acquired_at, 'YYYY-MM-DD') as acquired, to_char(archived_at, 'YYYY-MM-DD') as archived`,
  );
  await tx.execute(sql`delete from purchase_lot where owner_id = ${ownerId} and id = any(${ids(lots)})`);
  const expenseDays = await queryRows<{ day: string }>(
    tx,
    sql`delete from expense where owner_id = ${ownerId} and id = any(${ids(expenses)})
      returning to_char(spent_at, 'YYYY-MM-DD') as day`,
  );
  // Their history goes with them: an entry about a record that no longer exists explains nothing.
  const removed = (entity: string, list: number[]) =>
    sql`(entity = ${entity} and entity_id = any(${sql.param(list.map(String))}::text[]))`;
  await tx.execute(sql`delete from audit_log where owner_id = ${ownerId} and (${removed('part', parts)}
    or ${removed('build', builds)} or ${removed('lot', lots)} or ${removed('expense', expenses)}
    or ${removed('sale', saleIds)} or ${removed('listing', listingIds)})`);
  await tx.execute(sql`delete from sample_record where owner_id = ${ownerId}`);
  await recomputeDays(tx, ownerId, [
    ...sales.map((s) => s.day),
    ...refundDays.map((r) => r.day),
    ...partDays.flatMap((p) => [p.acquired, p.archived]),
    ...shelved.map((p) => p.acquired),
    ...expenseDays.map((e) => e.day),
  ]);
  return countsOf(sample);
}
