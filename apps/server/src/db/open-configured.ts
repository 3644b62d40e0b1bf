import path from 'node:path';
import type { Config } from '../config';
import { type Database, openDatabase } from './client';
import type { DataDirOwner } from './data-dir-lock';

/** Where the embedded database lives in a data directory. */
export const embeddedDbDir = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'db');

/** A PostgreSQL URL without its password, to say which database a command uses. */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
  return `${user}${parsed.host}${parsed.pathname}`;
}

/** The database a command uses, in words: every script and the server print it at start. */
export function describeConfiguredDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PGlite in ${embeddedDbDir(config)}`;
  const reads = config.databaseReadUrl
    ? `, reads from ${describePostgresUrl(config.databaseReadUrl)} (DATABASE_READ_URL)`
    : '';
  return `PostgreSQL ${describePostgresUrl(config.databaseUrl)} (DATABASE_URL)${reads}`;
}

/**
 * PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR/db (locked by this process as
 * `owner`); migrated before use unless `migrate: false` (a server worker: its primary has migrated).
 */
export async function openConfiguredDatabase(
  config: Config,
  say: (message: string) => void,
  owner: DataDirOwner['role'] = 'script',
  { migrate = true } = {},
): Promise<Database> {
  const database = config.databaseUrl
    ? await openDatabase({
        kind: 'postgres',
        url: config.databaseUrl,
        poolSize: config.databasePoolSize,
        pipelinedConnections: config.databasePipelinedConnections,
        preparedStatements: config.databasePreparedStatements,
        ...(config.databaseReadUrl
          ? { readUrl: config.databaseReadUrl, readMaxLagSeconds: config.readYourWritesSeconds }
          : {}),
      })
    : await openDatabase({ kind: 'pglite', dataDir: embeddedDbDir(config), owner });
  say(`Database: ${describeConfiguredDatabase(config)}`);
  if (database.durability === 'fsync')
    say('Durability: every commit is forced to disk (fsync) before it is answered');
  if (database.durability === 'process-crash-only') {
    say(
      'Warning: this PGlite cannot force writes to disk (fsync). Committed changes survive a crash of the server, ' +
        'but a power cut or an OS crash can lose the latest ones. Use PostgreSQL (DATABASE_URL) where that matters.',
    );
  }
  if (migrate) await database.migrate();
  return database;
}
