import { type SQL, sql } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import type { Tx } from '../../db/client';
import type { NewPart } from '../parts/parts.values';

/** Every column prepareNew fills, with its SQL type; the owner and the defaults are added by the query. */
const COLUMNS: [keyof NewPart, string, string][] = [
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

function columnValues(rows: readonly NewPart[], key: keyof NewPart, type: string): unknown[] {
  if (type === 'jsonb') return rows.map((row) => JSON.stringify(row[key] ?? {}));
  return rows.map((row) => row[key] ?? null);
}

/**
 * Inserts the parts and one audit entry for each in a single statement: one array per column
 * (`unnest`), so the statement has 18 parameters however many rows it carries, and PostgreSQL parses
 * it once instead of binding 15 parameters a row.
 */
export async function insertParts(tx: Tx, who: Acting, rows: readonly NewPart[]): Promise<void> {
  const arrays: SQL[] = COLUMNS.map(
    ([key, , type]) => sql`${sql.param(columnValues(rows, key, type))}::${sql.raw(type)}[]`,
  );
  const names = sql.raw(COLUMNS.map(([, column]) => column).join(', '));
  const selected = sql.raw(COLUMNS.map(([, column]) => `t.${column}`).join(', '));
  await tx.execute(sql`
    with inserted as (
      insert into part (owner_id, ${names})
      select ${who.ownerId}, ${selected}
      from unnest(${sql.join(arrays, sql`, `)}) as t(${names})
      returning id
    )
    insert into audit_log (owner_id, actor_id, via, entity, entity_id, action, created_at)
    select ${who.ownerId}, ${who.actorId}, ${who.via}, 'part', id::text, 'import',
      ${who.now.toISOString()}::timestamptz
    from inserted`);
}
