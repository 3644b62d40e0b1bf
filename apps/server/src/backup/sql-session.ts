import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describePostgresUrl } from '../db/open-configured';
import { BackupError } from './backup-error';

/**
 * One database connection for backup work: statistics, snapshots and copies need a single session (SET,
 * transactions), which a pool does not give. Works the same on PGlite and PostgreSQL.
 */
export interface SqlSession {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export function pgliteSession(client: PGlite, closeClient = false): SqlSession {
  return {
    query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    close: async () => {
      if (closeClient) await client.close();
    },
  };
}

export async function postgresSession(url: string): Promise<SqlSession> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    throw new BackupError(
      `Could not connect to PostgreSQL ${describePostgresUrl(url)}: ${(err as Error).message}`,
    );
  }
  return {
    query: async <T>(text: string, params?: unknown[]) =>
      (await client.query(text, params as unknown[] | undefined)).rows as T[],
    close: () => client.end(),
  };
}

/** Runs `work` in one transaction of the session (committed, or rolled back when it throws). */
export async function inTransaction<T>(
  session: SqlSession,
  work: () => Promise<T>,
  begin = 'begin',
): Promise<T> {
  await session.query(begin);
  try {
    const result = await work();
    await session.query('commit');
    return result;
  } catch (err) {
    await session.query('rollback').catch(() => {});
    throw err;
  }
}

/** A table name quoted for SQL. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The tables of the application (schema public), by name. */
export async function publicTables(session: SqlSession): Promise<string[]> {
  const rows = await session.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public' order by tablename collate "C"`,
  );
  return rows.map((row) => row.name);
}
