import { publicTables, quoteIdent, type SqlSession } from './sql-session';

/** Rows and a checksum of their content, per table: what a restore must reproduce exactly. */
export type TableStats = Record<string, { rows: number; checksum: string }>;

/**
 * The text form of a row depends on session settings (time zone, date style...): fixed here, for the current
 * transaction only, so PGlite and PostgreSQL, or two servers, give the same checksum for the same data.
 */
const CANONICAL_SETTINGS = [
  `set local timezone to 'UTC'`,
  `set local datestyle to 'ISO, YMD'`,
  `set local intervalstyle to 'postgres'`,
  'set local extra_float_digits to 1',
  `set local bytea_output to 'hex'`,
];

/**
 * Count and an order-independent checksum (md5 of the sorted md5s of every row's text) of each table.
 * Run inside a transaction: one snapshot for all tables, and settings that end with it.
 */
export async function tableStats(session: SqlSession): Promise<TableStats> {
  for (const statement of CANONICAL_SETTINGS) await session.query(statement);
  const stats: TableStats = {};
  for (const table of await publicTables(session)) {
    const [row] = await session.query<{ rows: number; checksum: string }>(
      `select count(*)::int as rows, coalesce(md5(string_agg(h, '' order by h collate "C")), '') as checksum
       from (select md5(t::text) as h from public.${quoteIdent(table)} t) hashed`,
    );
    stats[table] = { rows: row?.rows ?? 0, checksum: row?.checksum ?? '' };
  }
  return stats;
}

/** How many migrations the database has applied (0 before the first). */
export async function appliedMigrations(session: SqlSession): Promise<number> {
  const [present] = await session.query<{ present: boolean }>(
    `select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!present?.present) return 0;
  const [row] = await session.query<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  return row?.n ?? 0;
}

/** The tables whose rows or checksum differ between two sets of statistics, in words; empty when equal. */
export function statsDifferences(expected: TableStats, actual: TableStats): string[] {
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  const differences: string[] = [];
  for (const table of [...tables].sort()) {
    const want = expected[table];
    const got = actual[table];
    if (!want) differences.push(`${table}: not in the backup`);
    else if (!got) differences.push(`${table}: missing`);
    else if (want.rows !== got.rows) differences.push(`${table}: ${got.rows} rows instead of ${want.rows}`);
    else if (want.checksum !== got.checksum)
      differences.push(`${table}: same ${got.rows} rows, different content`);
  }
  return differences;
}

export const totalRows = (stats: TableStats) =>
  Object.values(stats).reduce((sum, table) => sum + table.rows, 0);
