import { rmSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type Db, MIGRATIONS_DIR, PGLITE_EXTENSIONS } from '../db/client';
import { migrationsBefore } from './older-migrations';
import { createTestDatabase } from './postgres';

type Run = (query: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]>;

/** An empty database a migration test brings forward step by step: PostgreSQL with TEST_DATABASE_URL, else PGlite. */
export interface MigrationTarget {
  /** Applies the migrations of a folder (an older version's, then the current one). */
  migrate(folder: string): Promise<void>;
  run: Run;
  db: Db;
  close(): Promise<void>;
}

/**
 * The test file's database for one migration, made before its tests and removed after them: brought to the
 * migration before `migration` (found by name: migrations are renumbered when branches merge), filled by
 * the test as an older version would have left it, then migrated to the current version.
 */
export function useMigrationTarget(migration: string) {
  let target: MigrationTarget | undefined;
  let before = '';
  beforeAll(async () => {
    target = await migrationTarget();
    before = migrationsBefore(migration);
  });
  afterAll(async () => {
    await target?.close();
    if (before) rmSync(before, { recursive: true, force: true });
  });
  const ready = (): MigrationTarget => {
    if (!target) throw new Error('the migration target is used before beforeAll');
    return target;
  };
  return {
    migrateToBefore: () => ready().migrate(before),
    migrateToCurrent: () => ready().migrate(MIGRATIONS_DIR),
    run: (query: ReturnType<typeof sql>) => ready().run(query),
    get db() {
      return ready().db;
    },
  };
}

function migrationTarget(): Promise<MigrationTarget> {
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
  const scratch = await createTestDatabase(url);
  const pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
  const db = drizzlePg(pool);
  return {
    migrate: (folder) => migratePg(db, { migrationsFolder: folder }),
    run: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
    db: db as unknown as Db,
    close: async () => {
      await pool.end();
      await scratch.drop();
    },
  };
}
