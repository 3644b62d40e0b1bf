import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { type Config, loadConfig } from '../config';
import type { Clock } from '../core/clock';
import { type Database, openDatabase } from '../db/client';
import { adminClient, dropDatabase } from './postgres';

export const TEST_ORIGIN = 'http://localhost:3000';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database (PGlite, or a new PostgreSQL database when TEST_DATABASE_URL is set)
 * and the whole app on top of it. One per test file.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { clock?: Clock } = {},
): Promise<TestContext> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pwf-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    BASE_URL: TEST_ORIGIN,
    AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
    AUTH_RATE_LIMIT: '1000',
    // No web app unless a test brings its own.
    WEB_DIST_DIR: dataDir,
    ...env,
  });
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

async function openTestDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `pwf_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = await adminClient(url);
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 10 });
    return {
      database,
      dispose: async () => {
        await dropDatabase(admin, name);
        await admin.end();
      },
    };
  }
  const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
  const database = await openDatabase({ kind: 'pglite', loadDataDir: template });
  return { database, dispose: async () => {} };
}
