import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { type AppDeps, buildApp } from '../app';
import { type Config, loadConfig } from '../config';
import { type Database, openDatabase } from '../db/client';
import { createTestDatabase } from './postgres';

export const TEST_ORIGIN = 'http://localhost:3000';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/** The configuration tests run with: everything in `dataDir`, no web app, limits only tests can reach. */
export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    BASE_URL: TEST_ORIGIN,
    AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
    AUTH_RATE_LIMIT: '1000',
    // No web app unless a test brings its own.
    WEB_DIST_DIR: dataDir,
    ...env,
  });
}

/**
 * A fresh, migrated database (PGlite, or a new PostgreSQL database when TEST_DATABASE_URL is set)
 * and the whole app on top of it. One per test file.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: Pick<AppDeps, 'clock' | 'onRoute'> = {},
): Promise<TestContext> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pwf-app-'));
  const config = testConfig(dataDir, env);
  const { database, dispose } = await openTestDatabase();
  const app = await buildApp({ config, database, ...options });
  await app.ready();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close().catch(() => {});
      await dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Another server process on the same database, as after a restart or beside it as a second worker: a new app
 * (nothing shared in memory) over the test's data. The caller closes it; the database stays the test's.
 */
export async function anotherInstance(
  ctx: TestContext,
  options: Pick<AppDeps, 'clock'> = {},
): Promise<FastifyInstance> {
  const app = await buildApp({ config: ctx.config, database: ctx.database, ...options });
  await app.ready();
  return app;
}

async function openTestDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const created = await createTestDatabase(url, inject('postgresTemplate'));
    const database = await openDatabase({ kind: 'postgres', url: created.url, poolSize: 10 });
    return { database, dispose: created.drop };
  }
  const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
  const database = await openDatabase({ kind: 'pglite', loadDataDir: template });
  return { database, dispose: async () => {} };
}
