import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type DataDirOwner, lockDataDir } from './data-dir-lock';
import { createDurablePglite, type PgliteDurability } from './pglite-durable';
import { PipelinedPool } from './pipelined-pool';
import { REPLICA_QUERY_TIMEOUT_MS, type ReplicaStatus, RoutingPool } from './read-routing';
import * as schema from './schema';

/** Extensions the migrations create; PGlite must load them itself. */
export const PGLITE_EXTENSIONS = { pg_trgm };

/** Per process: two keep the cores busy while one backend waits for its commit to reach the disk. */
export const DEFAULT_PIPELINED_CONNECTIONS = 2;

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** On-disk PGlite only: whether commits are forced to disk (pglite-durable.ts). */
  durability?: PgliteDurability;
  /** The PGlite instance itself (backups dump its data directory). */
  pglite?: PGlite;
  migrate(): Promise<void>;
  /** With DATABASE_READ_URL: the replica's state; requests are marked for it by http/read-routing.ts. */
  replica?: ReplicaStatus;
  /** Checks the replica now (the pool does every second): whether it answers and how far behind it is. */
  checkReplica?: () => Promise<ReplicaStatus>;
  /** Resolves only when the database answers a query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  /** preparedStatements false: every query unnamed, for a pooler in transaction mode (see unnamedQueries). */
  | {
      kind: 'postgres';
      url: string;
      /** Connections of this process (DATABASE_POOL_SIZE in the server; config.ts has its default). */
      poolSize: number;
      /**
       * Connections that this process's single statements share, pipelined (pipelined-pool.ts); the pool's are
       * then for transactions. 2 by default; 0 sends every statement through the pool, as do a read replica
       * and a pooler in transaction mode (preparedStatements false).
       */
      pipelinedConnections?: number | undefined;
      preparedStatements?: boolean;
      /** A streaming replica for the reads of marked requests, used while it lags less than `readMaxLagSeconds`. */
      readUrl?: string;
      readMaxLagSeconds?: number;
      /** How often the replica's lag is checked (1 s). */
      readCheckEveryMs?: number;
      /** A read the replica has not answered in this time is run on the primary (10 s). */
      readQueryTimeoutMs?: number;
    }
  /**
   * dataDir undefined keeps the database in memory; loadDataDir starts from a dump (tests, restores).
   * On disk, the opening process locks the directory (data-dir-lock.ts) as `owner` ("script" by default).
   */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob; owner?: DataDirOwner['role'] };

/** Rows of a raw SQL query; both drivers answer `{ rows }`. Cast counts to int in the SQL; sums: db/sums.ts. */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * A raw SQL statement prepared once per connection under `name`: parsed and planned once, not per answer.
 * Drizzle prepares only its own selects, so the statement is read as a subquery by a select of its named
 * columns; its placeholders (`sql.placeholder`) are the parameters `execute` takes.
 */
export function prepareRows<Row extends object>(
  db: Db,
  name: string,
  columns: readonly (keyof Row & string)[],
  statement: SQL,
): { execute(params: Record<string, unknown>): Promise<Row[]> } {
  const fields = Object.fromEntries(columns.map((column) => [column, sql`${sql.raw(column)}`]));
  return db.select(fields).from(sql`(${statement}) as prepared_rows`).prepare(name) as {
    execute(params: Record<string, unknown>): Promise<Row[]>;
  };
}

// Next to this file in development; copied beside the bundle by build.mjs in production.
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

// bigint (int8) and numeric come back as strings from pg: counts are cast to int in SQL, sums read by db/sums.ts.
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const primary = { connectionString: options.url, max: options.poolSize };
    const shared = sharedConnections(options);
    const pool = options.readUrl
      ? new RoutingPool(
          primary,
          preparePool(
            new pg.Pool({
              ...primary,
              connectionString: options.readUrl,
              connectionTimeoutMillis: 5_000,
              // Behind PgBouncer a stopped replica does not refuse: the query waits for a server. Give up and
              // read the primary instead.
              query_timeout: options.readQueryTimeoutMs ?? REPLICA_QUERY_TIMEOUT_MS,
            }),
            options,
          ),
          options.readMaxLagSeconds ?? 5,
          options.readCheckEveryMs,
        )
      : shared > 0
        ? new PipelinedPool(primary, shared)
        : new pg.Pool(primary);
    preparePool(pool, options);
    const pingPool = preparePool(new pg.Pool({ ...primary, max: 1, idleTimeoutMillis: 60_000 }), options);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      ...(pool instanceof RoutingPool ? { replica: pool.status, checkReplica: () => pool.check() } : {}),
      migrate: () => migratePg(drizzlePg(pool), { migrationsFolder: MIGRATIONS_DIR }),
      // Its own connection: readiness is whether the database answers, not whether the pool has a free slot.
      ping: async () => {
        await pingPool.query('select 1');
      },
      close: async () => {
        await Promise.all([pool.end(), pingPool.end()]);
      },
    };
  }
  const { client, durability, release } = await openPglite(options);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    ...(durability ? { durability } : {}),
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

async function openPglite(options: Extract<DatabaseOptions, { kind: 'pglite' }>) {
  const loadDataDir = options.loadDataDir ? { loadDataDir: options.loadDataDir } : {};
  if (!options.dataDir) {
    const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS, ...loadDataDir });
    return { client, durability: undefined, release: () => {} };
  }
  mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const lock = lockDataDir(options.dataDir, options.owner ?? 'script');
  try {
    const { client, durability } = await createDurablePglite(options.dataDir, {
      extensions: PGLITE_EXTENSIONS,
      ...loadDataDir,
    });
    return { client, durability, release: lock.release };
  } catch (err) {
    lock.release();
    throw err;
  }
}

/** A transaction handle; services take `Db | Tx` where they can run inside a caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/** DEFAULT_PIPELINED_CONNECTIONS unless set; none behind a pooler in transaction mode. */
function sharedConnections(options: {
  pipelinedConnections?: number | undefined;
  preparedStatements?: boolean;
}): number {
  if (options.preparedStatements === false) return 0;
  return options.pipelinedConnections ?? DEFAULT_PIPELINED_CONNECTIONS;
}

function preparePool(pool: pg.Pool, options: { preparedStatements?: boolean }): pg.Pool {
  // An idle connection can be cut by the server (restart, admin command); the pool replaces it on next use.
  // Without a listener the 'error' event would crash the process.
  pool.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
  if (options.preparedStatements === false) pool.on('connect', unnamedQueries);
  return pool;
}

/**
 * Behind PgBouncer in transaction mode, consecutive statements of one connection may reach different server
 * connections, so a statement prepared by name on one is missing on the next. Dropping the name makes pg use
 * the unnamed statement, parsed and run in one round trip: correct on any pooler, a little slower.
 */
function unnamedQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: (...args: unknown[]) => unknown }).query = (config: unknown, ...rest: unknown[]) =>
    query(
      typeof config === 'object' && config !== null && 'name' in config
        ? { ...config, name: undefined }
        : config,
      ...rest,
    );
}
