import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../db/client';
import { testConfig } from '../test/app';
import { type ConfiguredApp, openConfiguredApp } from '../test/configured-app';
import { previousVersionMigrations } from '../test/older-migrations';
import { createPart } from '../test/parts';
import { createTestDatabase } from '../test/postgres';
import { SAMPLE_PNG, type SampleData, seedSampleData } from '../test/sample-data';
import { sessionHeaders } from '../test/users';
import { backupConfigured, exportToPostgres, restoreTargetFor } from './configured';
import { restoreBackup } from './restore-backup';
import { inTransaction, pgliteSession, postgresSession, type SqlSession } from './sql-session';
import { type TableStats, tableStats } from './table-stats';

const serverUrl = process.env.TEST_DATABASE_URL ?? '';
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});
const newDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pwf-backup-pg-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
async function newDatabase(fromTemplate: boolean): Promise<string> {
  const created = await createTestDatabase(serverUrl, fromTemplate ? inject('postgresTemplate') : undefined);
  cleanups.push(created.drop);
  return created.url;
}

async function statsWith(session: SqlSession): Promise<TableStats> {
  try {
    return await inTransaction(session, () => tableStats(session));
  } finally {
    await session.close();
  }
}
const postgresStats = async (url: string) => statsWith(await postgresSession(url));
const pgliteStats = async (database: Database) => {
  if (!database.pglite) throw new Error('not PGlite');
  return statsWith(pgliteSession(database.pglite));
};

async function expectUserData(app: ConfiguredApp, sample: SampleData) {
  const signIn = await app.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    payload: { email: sample.user.email, password: sample.user.password },
  });
  expect(signIn.statusCode).toBe(200);
  const headers = sessionHeaders(signIn.headers['set-cookie']);
  const parts = await app.app.inject({ method: 'GET', url: '/api/v1/parts?pageSize=200', headers });
  expect(parts.json().items.map((p: { id: number }) => p.id)).toEqual(expect.arrayContaining(sample.partIds));
  const photo = await app.app.inject({ method: 'GET', url: sample.photoUrl, headers });
  expect(photo.rawPayload.equals(SAMPLE_PNG)).toBe(true);
  return headers;
}

describe.runIf(serverUrl)('backups of a PostgreSQL database', { timeout: 180_000 }, () => {
  it('pg_dump while the server writes; restores every table and photo exactly, refusing a non-empty target', async () => {
    const sourceUrl = await newDatabase(true);
    const source = await openConfiguredApp(newDir(), { DATABASE_URL: sourceUrl });
    cleanups.push(() => source.close());
    const sample = await seedSampleData(source.app);
    const before = await postgresStats(sourceUrl);
    const file = path.join(newDir(), 'pg.tar.gz');
    const backup = await backupConfigured(source.config, file);
    expect(backup.manifest).toMatchObject({ database: 'postgres', tables: before });

    // While writes go on, the manifest and the dump still describe one moment.
    const writes = Promise.all(Array.from({ length: 10 }, () => createPart(source.app, sample.user.cookie)));
    const busyFile = path.join(newDir(), 'busy.tar.gz');
    const busy = await backupConfigured(source.config, busyFile);
    await writes;

    const targetUrl = await newDatabase(false);
    const target = testConfig(newDir(), { DATABASE_URL: targetUrl });
    await restoreBackup(file, restoreTargetFor(target), { force: false, uploads: true });
    expect(await postgresStats(targetUrl)).toEqual(before);
    const restored = await openConfiguredApp(target.dataDir, { DATABASE_URL: targetUrl });
    cleanups.push(() => restored.close());
    await expectUserData(restored, sample);

    await expect(
      restoreBackup(busyFile, restoreTargetFor(target), { force: false, uploads: true }),
    ).rejects.toThrow(/already holds data.*--force/);
    await restoreBackup(busyFile, restoreTargetFor(target), { force: true, uploads: true });
    expect(await postgresStats(targetUrl)).toEqual(busy.manifest.tables);
  });

  it('applies the newer migrations to a backup made by the previous version', async () => {
    const older = previousVersionMigrations();
    cleanups.push(() => rmSync(older.dir, { recursive: true, force: true }));
    const sourceUrl = await newDatabase(false);
    const pool = new pg.Pool({ connectionString: sourceUrl, max: 1 });
    await migrate(drizzle(pool), { migrationsFolder: older.dir });
    await pool.query(`insert into "user" (id, name, email) values ('u1', 'Old Timer', 'old@example.com')`);
    await pool.end();

    const file = path.join(newDir(), 'old.tar.gz');
    const backup = await backupConfigured(testConfig(newDir(), { DATABASE_URL: sourceUrl }), file);
    expect(backup.manifest.migrations).toBe(older.count);
    const targetUrl = await newDatabase(false);
    const report = await restoreBackup(
      file,
      restoreTargetFor(testConfig(newDir(), { DATABASE_URL: targetUrl })),
      {
        force: false,
        uploads: true,
      },
    );
    expect(report.migrations).toBe(older.count + 1);
    const check = await postgresSession(targetUrl);
    try {
      expect(await check.query('select email from "user"')).toEqual([{ email: 'old@example.com' }]);
    } finally {
      await check.close();
    }
  });
});

describe.runIf(serverUrl)('moving from the embedded database to PostgreSQL', { timeout: 240_000 }, () => {
  it('copies every table exactly; the server then runs on PostgreSQL with the same data and photos', async () => {
    const dataDir = newDir();
    const embedded = await openConfiguredApp(dataDir);
    const sample = await seedSampleData(embedded.app);
    const targetUrl = await newDatabase(false);
    await expect(exportToPostgres(embedded.config, targetUrl, { force: false })).rejects.toThrow(
      /Stop the server first/,
    );
    const before = await pgliteStats(embedded.database);
    await embedded.close();

    const report = await exportToPostgres(embedded.config, targetUrl, { force: false });
    expect(report.manifest.tables).toEqual(before);
    expect(await postgresStats(targetUrl)).toEqual(before);
    await expect(exportToPostgres(embedded.config, targetUrl, { force: false })).rejects.toThrow(
      /already holds data/,
    );

    const onPostgres = await openConfiguredApp(dataDir, { DATABASE_URL: targetUrl });
    cleanups.push(() => onPostgres.close());
    const headers = await expectUserData(onPostgres, sample);
    // Identity sequences continue after the copied ids.
    const fresh = await createPart(onPostgres.app, headers, { name: 'Bought after the move' });
    expect(fresh.id).toBeGreaterThan(Math.max(...sample.partIds));
  });
});
