import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir, lockFileFor, readDataDirOwner } from './data-dir-lock';

const dir = mkdtempSync(path.join(tmpdir(), 'pwf-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded database lock', () => {
  it('lets one process in at a time, naming the holder to the next', () => {
    const dbDir = path.join(dir, 'a');
    const held = lockDataDir(dbDir, 'server');
    expect(readDataDirOwner(dbDir)).toMatchObject({ pid: process.pid, role: 'server' });
    expect(() => lockDataDir(dbDir, 'script')).toThrow(DataDirBusyError);
    expect(() => lockDataDir(dbDir, 'script')).toThrow(/in use by the running server \(process \d+/);
    held.release();
    expect(existsSync(lockFileFor(dbDir))).toBe(false);
    lockDataDir(dbDir, 'script').release();
  });

  it('takes over a lock left by a process that has ended (a crash, kill -9)', () => {
    const dbDir = path.join(dir, 'b');
    const ended = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const deadPid = Number(ended.stdout.trim());
    writeFileSync(lockFileFor(dbDir), JSON.stringify({ pid: deadPid, role: 'server', startedAt: 'then' }));
    expect(readDataDirOwner(dbDir)).toBeUndefined();
    const held = lockDataDir(dbDir, 'server');
    expect(readDataDirOwner(dbDir)?.pid).toBe(process.pid);
    held.release();
  });

  it('takes over a lock naming this process id that this process does not hold (pid reuse after a restart)', () => {
    const dbDir = path.join(dir, 'c');
    writeFileSync(
      lockFileFor(dbDir),
      JSON.stringify({ pid: process.pid, role: 'server', startedAt: 'then' }),
    );
    const held = lockDataDir(dbDir, 'server');
    expect(() => lockDataDir(dbDir, 'script')).toThrow(DataDirBusyError);
    held.release();
  });
});
