import type pg from 'pg';
import type { BenchUser } from './accounts';
import { parseCsv } from './csv';

const CHUNK_ROWS = 10_000;

const COLUMNS = [
  ['id', 'bigint'],
  ['owner_id', 'text'],
  ['name', 'text'],
  ['category', 'text'],
  ['condition', 'text'],
  ['status', 'text'],
  ['cost_cents', 'int'],
  ['acquired_at', 'date'],
  ['source', 'text'],
  ['notes', 'text'],
] as const;

const INSERT_PARTS = `insert into part (${COLUMNS.map(([name]) => name).join(', ')})
  overriding system value
  select * from unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;

/** Bulk-loads parts.csv with `insert ... select from unnest(...)`, keeping the dataset ids. */
export async function loadParts(client: pg.Client, csv: string, users: BenchUser[]): Promise<number> {
  const ownerIds = new Map(users.map((user) => [String(user.u), user.userId]));
  const rows = parseCsv(csv);
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const columns = COLUMNS.map(([name]) =>
      chunk.map((row) => (name === 'owner_id' ? ownerIds.get(row.owner_id ?? '') : row[name])),
    );
    await client.query(INSERT_PARTS, columns);
  }
  // The identity sequence must continue past the dataset ids, or the first R3 insert collides.
  await client.query(`select setval(pg_get_serial_sequence('part', 'id'), (select max(id) from part))`);
  return rows.length;
}
