import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { systemClock } from '../core/clock';

/**
 * Who has an embedded database open. PGlite cannot share a data directory: two processes on one directory
 * silently lose each other's writes. So the server and every script take this lock first; a lock left by a
 * process that no longer runs (a crash, `kill -9`) is taken over.
 */
export interface DataDirOwner {
  pid: number;
  /** "server" answers backup requests (backup-requests.ts); a script holds the directory briefly. */
  role: 'server' | 'script';
  startedAt: string;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly owner: DataDirOwner,
    readonly lockFile: string,
  ) {
    super(
      `The embedded database is in use by ${owner.role === 'server' ? 'the running server' : 'another command'} ` +
        `(process ${owner.pid}, since ${owner.startedAt}). Stop it first. If no such process runs, delete ${lockFile}.`,
    );
    this.name = 'DataDirBusyError';
  }
}

export const lockFileFor = (dbDir: string) => `${dbDir}.lock`;

// Locks this process holds: a lock file naming this process's id but not in here was left by an earlier process
// that had the same id (a container's pid 1 after a restart).
const heldHere = new Set<string>();

export function readDataDirOwner(dbDir: string): DataDirOwner | undefined {
  let owner: DataDirOwner;
  try {
    owner = JSON.parse(readFileSync(lockFileFor(dbDir), 'utf8')) as DataDirOwner;
  } catch {
    return undefined;
  }
  const current = owner.pid === process.pid ? heldHere.has(lockFileFor(dbDir)) : isRunning(owner.pid);
  return current ? owner : undefined;
}

/** Takes the lock for this process, or throws DataDirBusyError naming the process that holds it. */
export function lockDataDir(dbDir: string, role: DataDirOwner['role']): { release(): void } {
  const file = lockFileFor(dbDir);
  const me: DataDirOwner = { pid: process.pid, role, startedAt: systemClock.now().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written whole under another name, then linked: a reader never sees a half-written lock.
    const draft = `${file}.${process.pid}`;
    writeFileSync(draft, JSON.stringify(me), { mode: 0o600 });
    try {
      linkSync(draft, file);
      heldHere.add(file);
      return {
        release: () => {
          if (!heldHere.delete(file)) return;
          rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readDataDirOwner(dbDir);
      if (owner) throw new DataDirBusyError(owner, file);
      rmSync(file, { force: true }); // left behind by a process that has ended
    } finally {
      rmSync(draft, { force: true });
    }
  }
  throw new Error(`Could not take ${file}`);
}

function isRunning(pid: unknown): boolean {
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
