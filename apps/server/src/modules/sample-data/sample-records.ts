import type { SampleDataCounts } from '@partwise/shared';
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { SAMPLE_ENTITIES, type SampleEntity, sampleRecord } from '../../db/schema';

export const NO_COUNTS: SampleDataCounts = {
  parts: 0,
  lots: 0,
  builds: 0,
  listings: 0,
  sales: 0,
  expenses: 0,
};
const COUNTED: Record<Exclude<SampleEntity, 'workshop'>, keyof SampleDataCounts> = {
  part: 'parts',
  lot: 'lots',
  build: 'builds',
  listing: 'listings',
  sale: 'sales',
  expense: 'expenses',
};

/** The sample's records by kind, each kind's ids (read in one query). */
export async function sampleIds(db: DbOrTx, ownerId: string): Promise<Record<SampleEntity, number[]>> {
  const rows = await queryRows<{ entity: SampleEntity; id: string }>(
    db,
    sql`select entity, entity_id as id from ${sampleRecord} where owner_id = ${ownerId}`,
  );
  const ids = Object.fromEntries(SAMPLE_ENTITIES.map((entity) => [entity, [] as number[]])) as Record<
    SampleEntity,
    number[]
  >;
  for (const { entity, id } of rows) ids[entity].push(Number(id));
  return ids;
}

/** What the sample put into the account, by kind of record. */
export function countsOf(ids: Record<SampleEntity, number[]>): SampleDataCounts {
  const counts = { ...NO_COUNTS };
  for (const [entity, key] of Object.entries(COUNTED) as [keyof typeof COUNTED, keyof SampleDataCounts][])
    counts[key] = ids[entity].length;
  return counts;
}
