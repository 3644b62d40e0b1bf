import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Api, allPages, signedInClient } from '../test/http-api';
import { npmRun } from '../test/npm-command';
import { createTestDatabase } from '../test/postgres';
import { copyOfSeededDataDir } from '../test/seeded-data-dir';
import { startServer, stopServer } from '../test/server-process';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});
const newDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pwf-backup-cli-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
const USER = { email: 'flipper@example.com', password: 'flipper password 1' };

async function partNames(api: Api): Promise<string[]> {
  return (await allPages<{ name: string }>(api, '/api/v1/parts')).map((p) => p.name).sort();
}

describe('npm run db:backup, db:restore and db:export-to-postgres', () => {
  it('backs up the embedded database while the server runs, and restores it elsewhere', async () => {
    const live = copyOfSeededDataDir(newDir());
    const server = await startServer({ DATA_DIR: live });
    let names: string[];
    const file = path.join(newDir(), 'live.tar.gz');
    try {
      const api = await signedInClient(server.baseUrl, USER.email, USER.password);
      for (const name of ['Radeon RX 6800', 'Core i7-12700K', 'Arctic P12 x5']) {
        expect(
          (
            await api('POST', '/api/v1/parts', {
              name,
              category: 'other',
              costCents: 5000,
              acquiredAt: '2025-05-05',
            })
          ).status,
        ).toBe(201);
      }
      names = await partNames(api);
      const backup = await npmRun('db:backup', ['--out', file], { DATA_DIR: live });
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toContain(`Backup written by the running server: ${file}`);
      // The server kept serving.
      expect(await partNames(api)).toEqual(names);
    } finally {
      await stopServer(server);
    }

    const elsewhere = newDir();
    const restore = await npmRun('db:restore', [file], { DATA_DIR: elsewhere });
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toMatch(/each table checked against the backup's row count and checksum/);
    const again = await npmRun('db:restore', [file], { DATA_DIR: elsewhere });
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/already holds a database\. Run again with --force/);

    const restored = await startServer({ DATA_DIR: elsewhere });
    try {
      const api = await signedInClient(restored.baseUrl, USER.email, USER.password);
      expect(await partNames(api)).toEqual(names);
    } finally {
      await stopServer(restored);
    }
    expect(existsSync(path.join(elsewhere, 'db'))).toBe(true);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('moves the embedded database to PostgreSQL', async () => {
    const dataDir = copyOfSeededDataDir(newDir());
    const embedded = await startServer({ DATA_DIR: dataDir });
    let names: string[];
    try {
      const api = await signedInClient(embedded.baseUrl, USER.email, USER.password);
      await api('POST', '/api/v1/parts', {
        name: 'GTX 1080 Ti',
        category: 'gpu',
        costCents: 12000,
        acquiredAt: '2025-01-01',
      });
      names = await partNames(api);
    } finally {
      await stopServer(embedded);
    }
    const target = await createTestDatabase(process.env.TEST_DATABASE_URL ?? '');
    cleanups.push(target.drop);
    const moved = await npmRun('db:export-to-postgres', ['--url', target.url], { DATA_DIR: dataDir });
    expect(moved.code, moved.output).toBe(0);
    expect(moved.output).toContain('each checked by row count and checksum');

    const onPostgres = await startServer({ DATA_DIR: dataDir, DATABASE_URL: target.url });
    try {
      const api = await signedInClient(onPostgres.baseUrl, USER.email, USER.password);
      expect(await partNames(api)).toEqual(names);
    } finally {
      await stopServer(onPostgres);
    }
  });
});
