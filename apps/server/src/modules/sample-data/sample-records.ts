import type { SampleDataCounts } from '@partwise/shared';
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { type SampleEntity, sampleRecord } from '../../db/schema';

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

/** What the sample put into the account, by kind of record. */
export async function sampleCounts(db: DbOrTx, ownerId: string): Promise<SampleDataCounts> {
  const rows = await queryRows<{ entity: SampleEntity; n: number }>(
    db,
    sql`select entity, count(*)::int as n from ${sampleRecord} where owner_id = ${ownerId} group by entity`,
  );
  const counts = { ...NO_COUNTS };
  for (const { entity, n } of rows) if (entity !== 'workshop') counts[COUNTED[entity]] = n;
  return counts;
}
