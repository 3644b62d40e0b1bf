import { fsyncSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDurablePglite } from './pglite-durable';

const dir = mkdtempSync(path.join(tmpdir(), 'pwf-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(process.platform === 'linux')('the embedded database on disk', () => {
  it('forces the WAL to disk (fsync) before a commit is acknowledged', { timeout: 120_000 }, async () => {
    const synced: string[] = [];
    const { client, durability } = await createDurablePglite(path.join(dir, 'db'), {}, (fd) => {
      synced.push(readlinkSync(`/proc/self/fd/${fd}`));
      fsyncSync(fd);
    });
    try {
      expect(durability).toBe('fsync');
      expect((await client.query<{ fsync: string }>('show fsync')).rows).toEqual([{ fsync: 'on' }]);
      await client.exec('create table t (x int)');
      synced.length = 0;
      for (let i = 0; i < 3; i++) await client.query('insert into t values ($1)', [i]);
      const walSyncs = synced.filter((file) => file.includes(`${path.sep}pg_wal${path.sep}`));
      expect(walSyncs.length).toBeGreaterThanOrEqual(3);
    } finally {
      await client.close();
    }
  });
});
