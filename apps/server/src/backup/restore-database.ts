import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type Database, openDatabase } from '../db/client';
import { BackupError } from './backup-error';
import { copyTables } from './copy-tables';
import { ARCHIVE, type BackupManifest } from './manifest';
import { pgRestore } from './pg-tools';
import {
  inTransaction,
  pgliteSession,
  postgresSession,
  publicTables,
  quoteIdent,
  type SqlSession,
} from './sql-session';
import { appliedMigrations, statsDifferences, type TableStats, tableStats } from './table-stats';

/** Fails unless the restored database holds exactly what the backup recorded. */
async function verify(session: SqlSession, expected: TableStats, what: string): Promise<void> {
  const differences = statsDifferences(expected, await inTransaction(session, () => tableStats(session)));
  if (differences.length > 0) {
    throw new BackupError(`${what} does not match the backup:\n  ${differences.join('\n  ')}`);
  }
}

/** An in-memory PGlite loaded from the dump in an extracted backup. */
export function openPgliteDump(extracted: string): Promise<Database> {
  const dump = new Blob([readFileSync(path.join(extracted, ARCHIVE.pgliteDump))]);
  return openDatabase({ kind: 'pglite', loadDataDir: dump });
}

function pgliteOf(database: Database) {
  if (!database.pglite) throw new Error('not a PGlite database');
  return database.pglite;
}

/** Rows in the application's tables of a PostgreSQL database (0 for a new one). */
export async function postgresRows(url: string): Promise<number> {
  const session = await postgresSession(url);
  try {
    let rows = 0;
    for (const table of await publicTables(session)) {
      const [row] = await session.query<{ n: number }>(
        `select count(*)::int as n from public.${quoteIdent(table)}`,
      );
      rows += row?.n ?? 0;
    }
    return rows;
  } finally {
    await session.close();
  }
}

/** Drops the application's tables, types, functions and migration history, leaving extensions in place. */
async function dropApplicationSchema(session: SqlSession): Promise<void> {
  await session.query('drop schema if exists drizzle cascade');
  for (const table of await publicTables(session)) {
    await session.query(`drop table if exists public.${quoteIdent(table)} cascade`);
  }
  const types = await session.query<{ name: string }>(
    `select t.typname as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where n.nspname = 'public' and t.typtype = 'e'`,
  );
  for (const type of types)
    await session.query(`drop type if exists public.${quoteIdent(type.name)} cascade`);
  // The triggers' functions (platform_daily), not those an extension such as pg_trgm put in public.
  const functions = await session.query<{ signature: string }>(
    `select p.oid::regprocedure::text as signature from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public'
       and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')`,
  );
  for (const fn of functions) await session.query(`drop function if exists ${fn.signature} cascade`);
}

/**
 * Into PostgreSQL (emptied first): a pg_dump backup through pg_restore; an embedded backup by copying its tables
 * (the way from the embedded database to PostgreSQL). Then verified against the manifest and migrated.
 */
export async function restoreIntoPostgres(
  url: string,
  extracted: string,
  manifest: BackupManifest,
): Promise<{ migrations: number }> {
  const session = await postgresSession(url);
  try {
    await inTransaction(session, () => dropApplicationSchema(session));
    if (manifest.database === 'postgres') {
      await pgRestore(url, path.join(extracted, ARCHIVE.postgresDump));
      await verify(session, manifest.tables, 'The restored database');
    } else {
      const source = await openPgliteDump(extracted);
      try {
        const sourceSession = pgliteSession(pgliteOf(source));
        await verify(sourceSession, manifest.tables, 'The embedded database in the backup');
        await source.migrate();
        const target = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
        await target.migrate().finally(() => target.close());
        await inTransaction(session, () => copyTables(sourceSession, session));
        await verify(
          session,
          await inTransaction(sourceSession, () => tableStats(sourceSession)),
          'The copy',
        );
      } finally {
        await source.close();
      }
    }
  } finally {
    await session.close();
  }
  const target = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
  await target.migrate().finally(() => target.close());
  const after = await postgresSession(url);
  try {
    return { migrations: await appliedMigrations(after) };
  } finally {
    await after.close();
  }
}

/**
 * Into the embedded database directory: loaded and verified beside it, migrated, then swapped in. An existing
 * database is kept under `keepAs`, never deleted.
 */
export async function restoreIntoPglite(
  dbDir: string,
  extracted: string,
  manifest: BackupManifest,
  keepAs: string,
): Promise<{ migrations: number }> {
  if (manifest.database !== 'pglite') {
    throw new BackupError(
      'This backup is of a PostgreSQL database: restore it into PostgreSQL (set DATABASE_URL), ' +
        'not into the embedded database.',
    );
  }
  const staging = `${dbDir}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  const dump = new Blob([readFileSync(path.join(extracted, ARCHIVE.pgliteDump))]);
  const database = await openDatabase({ kind: 'pglite', dataDir: staging, loadDataDir: dump });
  let migrations: number;
  try {
    const session = pgliteSession(pgliteOf(database));
    await verify(session, manifest.tables, 'The restored database');
    await database.migrate();
    migrations = await appliedMigrations(session);
  } finally {
    await database.close();
  }
  if (existsSync(dbDir)) renameSync(dbDir, keepAs);
  renameSync(staging, dbDir);
  return { migrations };
}
