import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../db/client';
import { embeddedDbDir } from '../db/open-configured';
import { testConfig } from '../test/app';
import { type ConfiguredApp, openConfiguredApp } from '../test/configured-app';
import { previousVersionMigrations } from '../test/older-migrations';
import { createPart } from '../test/parts';
import { SAMPLE_PNG, type SampleData, seedSampleData } from '../test/sample-data';
import { sessionHeaders } from '../test/users';
import { serveBackupRequests } from './backup-requests';
import { backupConfigured, restoreTargetFor } from './configured';
import { restoreBackup } from './restore-backup';
import { inTransaction, pgliteSession } from './sql-session';
import { type TableStats, tableStats } from './table-stats';

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pwf-backup-'));
  dirs.push(dir);
  return dir;
};
const quietLog = { info: () => {}, error: () => {} };

async function statsOf(database: Database): Promise<TableStats> {
  if (!database.pglite) throw new Error('not PGlite');
  const session = pgliteSession(database.pglite);
  return inTransaction(session, () => tableStats(session));
}

/** Signs in on the restored app with the original password, and reads what the user had. */
async function expectUserData(restored: ConfiguredApp, sample: SampleData) {
  const signIn = await restored.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    payload: { email: sample.user.email, password: sample.user.password },
  });
  expect(signIn.statusCode).toBe(200);
  const headers = sessionHeaders(signIn.headers['set-cookie']);
  const parts = await restored.app.inject({ method: 'GET', url: '/api/v1/parts?pageSize=200', headers });
  const ids = parts.json().items.map((p: { id: number }) => p.id);
  expect(ids).toEqual(expect.arrayContaining(sample.partIds));
  expect(parts.json().items.map((p: { name: string }) => p.name)).toContain('RTX 3080 "Founders" — café ☕');
  const photo = await restored.app.inject({ method: 'GET', url: sample.photoUrl, headers });
  expect(photo.statusCode).toBe(200);
  expect(photo.rawPayload.equals(SAMPLE_PNG)).toBe(true);
  return headers;
}

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))(
  'backups of the embedded database',
  { timeout: 120_000 },
  () => {
    let server: ConfiguredApp;
    let sample: SampleData;
    let stopServing: () => void;

    beforeAll(async () => {
      server = await openConfiguredApp(newDir());
      sample = await seedSampleData(server.app);
      if (!server.database.pglite) throw new Error('not PGlite');
      stopServing = serveBackupRequests(
        embeddedDbDir(server.config),
        server.config.uploadsDir,
        server.database.pglite,
        quietLog,
      );
    });
    afterAll(async () => {
      stopServing();
      await server.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });

    it('is written by the running server on request, and restores every table and photo exactly', async () => {
      const before = await statsOf(server.database);
      const file = path.join(newDir(), 'nested', 'backup.tar.gz');
      const backup = await backupConfigured(server.config, file);
      expect(backup.byServer).toBe(true);
      expect(backup.manifest).toMatchObject({
        database: 'pglite',
        tables: before,
        uploads: [{ bytes: SAMPLE_PNG.length }],
      });
      expect(before.part?.rows).toBe(sample.partIds.length);

      const target = testConfig(newDir());
      const report = await restoreBackup(file, restoreTargetFor(target), { force: false, uploads: true });
      expect(report.keptAside).toEqual([]);
      const restored = await openConfiguredApp(target.dataDir);
      try {
        expect(await statsOf(restored.database)).toEqual(before);
        await expectUserData(restored, sample);
      } finally {
        await restored.close();
      }
    });

    it('stays consistent while requests write during the backup', async () => {
      const file = path.join(newDir(), 'busy.tar.gz');
      const writes = Promise.all(
        Array.from({ length: 15 }, () => createPart(server.app, sample.user.cookie)),
      );
      const backup = await backupConfigured(server.config, file);
      await writes;
      const target = testConfig(newDir());
      // The restore checks every table against the manifest, which is taken in the same transaction as the dump.
      await restoreBackup(file, restoreTargetFor(target), { force: false, uploads: true });
      const restored = await openConfiguredApp(target.dataDir);
      try {
        const parts = (await statsOf(restored.database)).part?.rows ?? 0;
        expect(parts).toBe(backup.manifest.tables.part?.rows);
        expect(parts).toBeGreaterThanOrEqual(sample.partIds.length);
      } finally {
        await restored.close();
      }
    });

    it('refuses to overwrite a database or photos, and with --force keeps them aside', async () => {
      const file = path.join(newDir(), 'again.tar.gz');
      await backupConfigured(server.config, file);
      const targetDir = newDir();
      const target = testConfig(targetDir);
      const other = await openConfiguredApp(targetDir);
      await createPart(other.app, (await seedSampleData(other.app)).user.cookie, {
        name: 'Only in the old one',
      });
      await expect(
        restoreBackup(file, restoreTargetFor(target), { force: false, uploads: true }),
      ).rejects.toThrow(/in use by the running server/);
      await other.close();
      await expect(
        restoreBackup(file, restoreTargetFor(target), { force: false, uploads: true }),
      ).rejects.toThrow(/already holds a database.*--force/);
      const report = await restoreBackup(file, restoreTargetFor(target), { force: true, uploads: true });
      expect(report.keptAside).toHaveLength(2);
      for (const kept of report.keptAside) expect(existsSync(kept)).toBe(true);
      const restored = await openConfiguredApp(targetDir);
      try {
        await expectUserData(restored, sample);
      } finally {
        await restored.close();
      }
    });

    it('applies the newer migrations to a backup made by the previous version', async () => {
      const older = previousVersionMigrations();
      dirs.push(older.dir);
      const source = testConfig(newDir());
      const database = await openDatabase({ kind: 'pglite', dataDir: embeddedDbDir(source) });
      if (!database.pglite) throw new Error('not PGlite');
      await migrate(drizzle(database.pglite), { migrationsFolder: older.dir });
      await database.pglite.query(
        `insert into "user" (id, name, email) values ('u1', 'Old Timer', 'old@example.com')`,
      );
      await database.close();

      const file = path.join(newDir(), 'old.tar.gz');
      const backup = await backupConfigured(source, file);
      expect(backup.manifest.migrations).toBe(older.count);
      const target = testConfig(newDir());
      const report = await restoreBackup(file, restoreTargetFor(target), { force: false, uploads: true });
      expect(report.migrations).toBe(older.count + 1);
      const restored = await openConfiguredApp(target.dataDir);
      try {
        const users = await restored.database.pglite?.query<{ email: string }>('select email from "user"');
        expect(users?.rows).toEqual([{ email: 'old@example.com' }]);
      } finally {
        await restored.close();
      }
    });
  },
);
