import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { part } from '../../db/schema';

type PartInsert = typeof part.$inferInsert;

/** Every column prepareNew fills, with its SQL type; the owner and the defaults are added by the query. */
const COLUMNS: [keyof PartInsert, string, string][] = [
  ['name', 'name', 'text'],
  ['category', 'category', 'text'],
  ['brand', 'brand', 'text'],
  ['model', 'model', 'text'],
  ['condition', 'condition', 'text'],
  ['grade', 'grade', 'smallint'],
  ['status', 'status', 'text'],
  ['costCents', 'cost_cents', 'integer'],
  ['acquiredAt', 'acquired_at', 'date'],
  ['source', 'source', 'text'],
  ['serial', 'serial', 'text'],
  ['notes', 'notes', 'text'],
  ['specs', 'specs', 'jsonb'],
  ['catalogPartId', 'catalog_part_id', 'text'],
];

function columnValues(rows: readonly PartInsert[], key: keyof PartInsert, type: string): unknown[] {
  if (type === 'jsonb') return rows.map((row) => JSON.stringify(row[key] ?? {}));
  return rows.map((row) => row[key] ?? null);
}

/**
 * Inserts the parts and one audit entry for each in a single statement: one array per column
 * (`unnest`), so the statement has 16 parameters however many rows it carries, and PostgreSQL parses
 * it once instead of binding 15 parameters a row.
 */
export async function insertParts(
  tx: Tx,
  ownerId: string,
  actorId: string,
  rows: readonly PartInsert[],
): Promise<void> {
  const arrays: SQL[] = COLUMNS.map(
    ([key, , type]) => sql`${sql.param(columnValues(rows, key, type))}::${sql.raw(type)}[]`,
  );
  const names = sql.raw(COLUMNS.map(([, column]) => column).join(', '));
  const selected = sql.raw(
    COLUMNS.map(([, column]) =>
      column === 'acquired_at' ? 'coalesce(t.acquired_at, current_date)' : `t.${column}`,
    ).join(', '),
  );
  await tx.execute(sql`
    with inserted as (
      insert into part (owner_id, ${names})
      select ${ownerId}, ${selected}
      from unnest(${sql.join(arrays, sql`, `)}) as t(${names})
      returning id
    )
    insert into audit_log (owner_id, actor_id, entity, entity_id, action)
    select ${ownerId}, ${actorId}, 'part', id::text, 'import' from inserted`);
}
