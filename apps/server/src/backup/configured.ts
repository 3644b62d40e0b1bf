import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { openDatabase } from '../db/client';
import { DataDirBusyError, lockFileFor, readDataDirOwner } from '../db/data-dir-lock';
import { embeddedDbDir } from '../db/open-configured';
import { BackupError } from './backup-error';
import { requestBackupFromServer } from './backup-requests';
import { type BackupResult, createBackup, pgliteSnapshot, postgresSnapshot } from './create-backup';
import { type RestoreOptions, type RestoreReport, type RestoreTarget, restoreBackup } from './restore-backup';

/** The database and photos the configuration names, as a restore target (`databaseUrl` overrides it). */
export function restoreTargetFor(config: Config, databaseUrl = config.databaseUrl): RestoreTarget {
  return {
    databaseUrl,
    dbDir: embeddedDbDir(config),
    uploadsDir: config.uploadsDir,
    workDir: config.dataDir,
  };
}

/**
 * A backup of the configured database and photos. PostgreSQL: pg_dump, whether the server runs or not. The
 * embedded database: opened here when nothing else has it, else written by the running server on request.
 */
export async function backupConfigured(
  config: Config,
  target: string,
): Promise<BackupResult & { byServer: boolean }> {
  if (config.databaseUrl) {
    return {
      ...(await createBackup(postgresSnapshot(config.databaseUrl), config.uploadsDir, target)),
      byServer: false,
    };
  }
  const dbDir = embeddedDbDir(config);
  const owner = readDataDirOwner(dbDir);
  if (owner?.role === 'server') {
    return { ...(await requestBackupFromServer(dbDir, owner, target)), byServer: true };
  }
  if (owner) throw new DataDirBusyError(owner, lockFileFor(dbDir));
  if (!existsSync(dbDir)) throw new BackupError(`There is no database in ${dbDir} yet: nothing to back up.`);
  const database = await openDatabase({ kind: 'pglite', dataDir: dbDir });
  try {
    if (!database.pglite) throw new Error('not a PGlite database');
    return {
      ...(await createBackup(pgliteSnapshot(database.pglite), config.uploadsDir, target)),
      byServer: false,
    };
  } finally {
    await database.close();
  }
}

/**
 * Copies the embedded database into an empty PostgreSQL database (migrated there to this version), verified table
 * by table. The server must be stopped, so that no write is left behind; photos stay in the data directory.
 */
export async function exportToPostgres(
  config: Config,
  url: string,
  options: Pick<RestoreOptions, 'force'>,
): Promise<RestoreReport> {
  if (config.databaseUrl) throw new BackupError('DATABASE_URL is set: this server already uses PostgreSQL.');
  const owner = readDataDirOwner(embeddedDbDir(config));
  if (owner?.role === 'server') {
    throw new BackupError(
      `Stop the server first (process ${owner.pid}): writes made after the copy would stay behind in the embedded database.`,
    );
  }
  const snapshot = path.join(config.dataDir, `.export-${process.pid}-${Date.now()}.tar.gz`);
  try {
    await backupConfigured(config, snapshot);
    return await restoreBackup(snapshot, restoreTargetFor(config, url), {
      force: options.force,
      uploads: false,
    });
  } finally {
    rmSync(snapshot, { force: true });
  }
}
