import { PGlite } from '@electric-sql/pglite';
import type { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type Db, PGLITE_EXTENSIONS } from '../db/client';
import { adminClient, dropDatabase } from './postgres';

type Run = (query: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]>;

/** An empty database a migration test brings forward step by step: PostgreSQL with TEST_DATABASE_URL, else PGlite. */
export interface MigrationTarget {
  /** Applies the migrations of a folder (an older version's, then the current one). */
  migrate(folder: string): Promise<void>;
  run: Run;
  db: Db;
  close(): Promise<void>;
}

export function migrationTarget(): Promise<MigrationTarget> {
  const url = process.env.TEST_DATABASE_URL;
  return url ? postgresTarget(url) : pgliteTarget();
}

async function pgliteTarget(): Promise<MigrationTarget> {
  const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const db = drizzlePglite(client);
  return {
    migrate: (folder) => migratePglite(db, { migrationsFolder: folder }),
    run: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
    db: db as unknown as Db,
    close: () => client.close(),
  };
}

async function postgresTarget(url: string): Promise<MigrationTarget> {
  const admin = await adminClient(url);
  const name = `pwf_mig_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: target.toString(), max: 2 });
  const db = drizzlePg(pool);
  return {
    migrate: (folder) => migratePg(db, { migrationsFolder: folder }),
    run: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
    db: db as unknown as Db,
    close: async () => {
      await pool.end();
      await dropDatabase(admin, name);
      await admin.end();
    },
  };
}
