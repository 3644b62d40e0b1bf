import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';

/** A checksum per table of the rows a snapshot covers; equal snapshots mean nothing stored changed. */
export type DataSnapshot = Record<string, string>;

/**
 * Tables no user request writes to on purpose, or writes on every request: the catalog (shared, large), the
 * rate-limit counters and better-auth's sessions and verifications. `api_token.last_used_at` is refreshed by
 * a token's use, so it is left out of the rows too.
 */
const SKIPPED_TABLES = new Set([
  'catalog_part',
  'catalog_word',
  'catalog_import',
  'rate_limit',
  'session',
  'verification',
]);
const SKIPPED_COLUMNS = ['last_used_at'];

interface Column {
  table: string;
  column: string;
}

/** One statement that checksums every table: ready to run after each request of a fuzz run. */
async function snapshotQuery(db: Db, ownerId: string | undefined) {
  const columns = await queryRows<Column>(
    db,
    sql`select table_name as "table", column_name as "column" from information_schema.columns
        where table_schema = 'public' order by table_name`,
  );
  const byTable = new Map<string, Set<string>>();
  for (const { table, column } of columns) {
    if (SKIPPED_TABLES.has(table)) continue;
    byTable.set(table, (byTable.get(table) ?? new Set()).add(column));
  }
  const owner = ownerId === undefined ? '' : `'${ownerId.replaceAll("'", "''")}'`;
  const skipped = `array[${SKIPPED_COLUMNS.map((c) => `'${c}'`).join(',')}]`;
  const parts = [...byTable.entries()].map(([table, cols]) => {
    // Whose rows: by owner when asked, else every row. Tables without an owner column (a build's parts, a
    // sale's items) are taken whole: a request refused for one user must not touch them either.
    let where = '';
    if (ownerId !== undefined) {
      if (cols.has('owner_id')) where = `where owner_id = ${owner}`;
      else if (cols.has('user_id')) where = `where user_id = ${owner}`;
      else if (table === 'user') where = `where id = ${owner}`;
    }
    const quoted = `"${table.replaceAll('"', '""')}"`;
    return `select '${table}' as "table", count(*)::int as rows,
      coalesce(md5(string_agg(h, '' order by h collate "C")), '') as checksum
      from (select md5((to_jsonb(t) - ${skipped})::text) as h from public.${quoted} t ${where}) hashed`;
  });
  return parts.join('\nunion all\n');
}

/**
 * What is stored, as one checksum per table: every row (`ownerId` undefined), or one user's rows. Compare
 * two snapshots with `snapshotDifferences`.
 */
export async function createSnapshotter(db: Db, ownerId?: string) {
  const query = sql.raw(await snapshotQuery(db, ownerId));
  return async (): Promise<DataSnapshot> => {
    const rows = await queryRows<{ table: string; rows: number; checksum: string }>(db, query);
    return Object.fromEntries(rows.map((r) => [r.table, `${r.rows}:${r.checksum}`]));
  };
}

/** The tables that differ between two snapshots, in words; empty when nothing changed. */
export function snapshotDifferences(before: DataSnapshot, after: DataSnapshot): string[] {
  const tables = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return tables
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t] ?? 'absent'} → ${after[t] ?? 'absent'} (rows:checksum)`);
}
