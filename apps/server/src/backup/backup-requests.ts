import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { DataDirOwner } from '../db/data-dir-lock';
import { BackupError } from './backup-error';
import { type BackupResult, createBackup, pgliteSnapshot } from './create-backup';

/**
 * Backups of the embedded database while the server runs. Only the server may open its PGlite directory, so
 * `npm run db:backup` asks it: it drops a request file here and sends SIGUSR2; the server writes the backup and a
 * result file. Anyone who can do that can already read the database files, so no credential is involved.
 */
export const requestsDirFor = (dbDir: string) => `${dbDir}.backup-requests`;

type Outcome = { ok: true; result: BackupResult } | { ok: false; error: string };

function writeAtomically(file: string, content: string): void {
  writeFileSync(`${file}.tmp`, content, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}

/** In the server: answer backup requests on SIGUSR2, one at a time. Returns a function that stops listening. */
export function serveBackupRequests(
  dbDir: string,
  uploadsDir: string,
  client: PGlite,
  log: { info(message: string): void; error(message: string): void },
): () => void {
  if (process.platform === 'win32') return () => {};
  const dir = requestsDirFor(dbDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const answerPending = async () => {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.request.json'))
      .sort()) {
      const id = name.slice(0, -'.request.json'.length);
      let outcome: Outcome;
      try {
        const { target } = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { target: string };
        rmSync(path.join(dir, name), { force: true });
        log.info(`backup requested: writing ${target}`);
        outcome = { ok: true, result: await createBackup(pgliteSnapshot(client), uploadsDir, target) };
        log.info(`backup written: ${target}`);
      } catch (err) {
        rmSync(path.join(dir, name), { force: true });
        log.error(`backup failed: ${(err as Error).message}`);
        outcome = { ok: false, error: (err as Error).message };
      }
      writeAtomically(path.join(dir, `${id}.result.json`), JSON.stringify(outcome));
    }
  };
  let queue = Promise.resolve();
  const onSignal = () => {
    queue = queue.then(answerPending, answerPending);
  };
  process.on('SIGUSR2', onSignal);
  return () => process.off('SIGUSR2', onSignal);
}

/** In a command: has the running server write a backup to `target` (an absolute path) and waits for it. */
export async function requestBackupFromServer(
  dbDir: string,
  server: DataDirOwner,
  target: string,
  timeoutMs = 30 * 60_000,
): Promise<BackupResult> {
  const dir = requestsDirFor(dbDir);
  if (!existsSync(dir)) {
    throw new BackupError(
      `The running server (process ${server.pid}) does not take backup requests: stop it first.`,
    );
  }
  const id = randomUUID();
  const resultFile = path.join(dir, `${id}.result.json`);
  writeAtomically(path.join(dir, `${id}.request.json`), JSON.stringify({ target }));
  try {
    process.kill(server.pid, 'SIGUSR2');
  } catch {
    rmSync(path.join(dir, `${id}.request.json`), { force: true });
    throw new BackupError(
      `The running server (process ${server.pid}) could not be asked for a backup: stop it first.`,
    );
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(resultFile)) {
      const outcome = JSON.parse(readFileSync(resultFile, 'utf8')) as Outcome;
      rmSync(resultFile, { force: true });
      if (!outcome.ok) throw new BackupError(`The server could not write the backup: ${outcome.error}`);
      return outcome.result;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  rmSync(path.join(dir, `${id}.request.json`), { force: true });
  throw new BackupError(`The server (process ${server.pid}) did not write the backup in time.`);
}
