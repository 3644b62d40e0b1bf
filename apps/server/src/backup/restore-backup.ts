import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import { systemClock } from '../core/clock';
import { DataDirBusyError, lockFileFor, readDataDirOwner } from '../db/data-dir-lock';
import { describePostgresUrl } from '../db/open-configured';
import { BackupError } from './backup-error';
import { ARCHIVE, BackupManifest } from './manifest';
import { postgresRows, restoreIntoPglite, restoreIntoPostgres } from './restore-database';
import { extractTarGz } from './tar';
import { uploadDifferences } from './upload-files';

export interface RestoreTarget {
  /** PostgreSQL, or the embedded database in `dbDir` when undefined. */
  databaseUrl: string | undefined;
  dbDir: string;
  uploadsDir: string;
  /** Where the archive is unpacked meanwhile (the data directory: same disk as the uploads). */
  workDir: string;
}

export interface RestoreOptions {
  /** Replace a database or photos that are already there (they are kept aside, never deleted). */
  force: boolean;
  /** false keeps the photos where they are (moving the database to PostgreSQL, same data directory). */
  uploads: boolean;
}

export interface RestoreReport {
  manifest: BackupManifest;
  /** Migrations applied after the restore (more than the backup's when this version is newer). */
  migrations: number;
  /** What was there before, moved aside. */
  keptAside: string[];
}

function readManifest(dir: string, file: string): BackupManifest {
  try {
    return BackupManifest.parse(JSON.parse(readFileSync(path.join(dir, ARCHIVE.manifest), 'utf8')));
  } catch {
    throw new BackupError(`${file} is not a Partwise Forge backup (its manifest is missing or not valid).`);
  }
}

const hasFiles = (dir: string) =>
  existsSync(dir) &&
  readdirSync(dir, { recursive: true, withFileTypes: true }).some((entry) => entry.isFile());

function moveDir(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** Checks everything that could refuse the restore before anything is changed. */
async function checkTarget(target: RestoreTarget, options: RestoreOptions): Promise<void> {
  if (target.databaseUrl) {
    const rows = await postgresRows(target.databaseUrl);
    if (rows > 0 && !options.force) {
      throw new BackupError(
        `PostgreSQL ${describePostgresUrl(target.databaseUrl)} already holds data (${rows} rows). ` +
          'Run again with --force to replace it.',
      );
    }
  } else {
    const owner = readDataDirOwner(target.dbDir);
    if (owner) throw new DataDirBusyError(owner, lockFileFor(target.dbDir));
    if (existsSync(target.dbDir) && !options.force) {
      throw new BackupError(
        `${target.dbDir} already holds a database. Run again with --force to replace it ` +
          '(the current one is kept beside it, renamed .before-restore-<time>).',
      );
    }
  }
  if (options.uploads && hasFiles(target.uploadsDir) && !options.force) {
    throw new BackupError(
      `${target.uploadsDir} already holds photos. Run again with --force to replace them (they are kept aside).`,
    );
  }
}

/**
 * Restores a backup archive into the configured database and uploads directory: checks first, unpacks beside the
 * data, verifies every table's rows and checksum against the manifest, applies newer migrations, then swaps in.
 */
export async function restoreBackup(
  file: string,
  target: RestoreTarget,
  options: RestoreOptions,
): Promise<RestoreReport> {
  if (!existsSync(file)) throw new BackupError(`No such file: ${file}`);
  await checkTarget(target, options);
  mkdirSync(target.workDir, { recursive: true });
  const work = mkdtempSync(path.join(target.workDir, '.restore-'));
  try {
    try {
      await extractTarGz(file, work);
    } catch (err) {
      throw new BackupError(`${file} could not be read as a backup archive: ${(err as Error).message}`);
    }
    const manifest = readManifest(work, file);
    const extractedUploads = path.join(work, ARCHIVE.uploadsDir);
    if (options.uploads) {
      const differences = await uploadDifferences(extractedUploads, manifest.uploads);
      if (differences.length > 0) {
        throw new BackupError(`The photos in ${file} are damaged:\n  ${differences.join('\n  ')}`);
      }
    }
    const stamp = systemClock.now().toISOString().replace(/[:.]/g, '-');
    const keptAside: string[] = [];
    let migrations: number;
    if (target.databaseUrl) {
      ({ migrations } = await restoreIntoPostgres(target.databaseUrl, work, manifest));
    } else {
      const keepAs = `${target.dbDir}.before-restore-${stamp}`;
      const existed = existsSync(target.dbDir);
      ({ migrations } = await restoreIntoPglite(target.dbDir, work, manifest, keepAs));
      if (existed) keptAside.push(keepAs);
    }
    if (options.uploads) {
      if (hasFiles(target.uploadsDir)) {
        const keepAs = `${target.uploadsDir}.before-restore-${stamp}`;
        moveDir(target.uploadsDir, keepAs);
        keptAside.push(keepAs);
      }
      rmSync(target.uploadsDir, { recursive: true, force: true });
      mkdirSync(extractedUploads, { recursive: true });
      moveDir(extractedUploads, target.uploadsDir);
    }
    return { manifest, migrations, keptAside };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
