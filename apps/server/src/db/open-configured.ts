import path from 'node:path';
import type { Config } from '../config';
import { type Database, openDatabase } from './client';

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR/db; migrated before use. */
export async function openConfiguredDatabase(
  config: Config,
  say: (message: string) => void,
): Promise<Database> {
  const database = config.databaseUrl
    ? await openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize })
    : await openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'db') });
  say(
    config.databaseUrl
      ? 'Database: PostgreSQL (DATABASE_URL)'
      : `Database: embedded PGlite in ${path.join(config.dataDir, 'db')}`,
  );
  await database.migrate();
  return database;
}
