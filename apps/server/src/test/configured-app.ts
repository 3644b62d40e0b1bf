import { existsSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app';
import type { Config } from '../config';
import { type Database, openDatabase } from '../db/client';
import { embeddedDbDir } from '../db/open-configured';
import { testConfig } from './app';

export interface ConfiguredApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/** The migrated template (PGlite test runs only) for a database directory that does not exist yet. */
function template(config: Config): { loadDataDir?: Blob } {
  const file = inject('pgliteTemplate');
  if (!file || existsSync(embeddedDbDir(config))) return {};
  return { loadDataDir: new Blob([readFileSync(file)]) };
}

/**
 * The app over the database its configuration names, as the server opens it: PostgreSQL at DATABASE_URL, or the
 * embedded PGlite on disk in DATA_DIR/db (started from the migrated test template when it does not exist yet).
 */
export async function openConfiguredApp(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ConfiguredApp> {
  const config = testConfig(dataDir, env);
  const database = config.databaseUrl
    ? await openDatabase({
        kind: 'postgres',
        url: config.databaseUrl,
        poolSize: 5,
        preparedStatements: config.databasePreparedStatements,
      })
    : await openDatabase({
        kind: 'pglite',
        dataDir: embeddedDbDir(config),
        owner: 'server',
        ...template(config),
      });
  await database.migrate();
  const app = await buildApp({ config, database });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
