import { spawn } from 'node:child_process';
import { BackupError } from './backup-error';

/**
 * pg_dump and pg_restore from the PATH (Debian/Ubuntu: `apt-get install postgresql-client`, of the server's major
 * version or newer). The password, if any, travels in the URL as libpq reads it; nothing is printed.
 */
function run(tool: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'ENOENT'
          ? new BackupError(`${tool} was not found: install the PostgreSQL client tools (postgresql-client).`)
          : err,
      );
    });
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${tool} failed (exit code ${code}):\n${stderr.trim()}`));
    });
  });
}

/** A custom-format dump of the whole database, as of `snapshot` (an exported snapshot id) when given. */
export function pgDump(url: string, file: string, snapshot?: string): Promise<void> {
  return run('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    ...(snapshot ? [`--snapshot=${snapshot}`] : []),
    `--file=${file}`,
    `--dbname=${url}`,
  ]);
}

/** Restores a custom-format dump into an empty database, all or nothing. */
export function pgRestore(url: string, file: string): Promise<void> {
  return run('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    `--dbname=${url}`,
    file,
  ]);
}
