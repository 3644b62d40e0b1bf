import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { systemClock } from '../core/clock';
import { ARCHIVE, type BackupManifest } from './manifest';
import { pgDump } from './pg-tools';
import { inTransaction, postgresSession, type SqlSession } from './sql-session';
import { appliedMigrations, type TableStats, tableStats } from './table-stats';
import { type TarEntry, writeTarGz } from './tar';
import { listUploadFiles } from './upload-files';

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

interface DatabaseSnapshot {
  kind: BackupManifest['database'];
  /** Writes the dump into `dir` and returns its archive name, with the statistics of exactly that state. */
  write(dir: string): Promise<{ name: string; tables: TableStats; migrations: number }>;
}

/**
 * The embedded database, from the process that has it open (the server, or a command when it is stopped).
 * Statistics and dump are taken inside one transaction: PGlite runs no other query meanwhile, so both describe
 * the same state. Requests wait for the few seconds this takes.
 */
export function pgliteSnapshot(client: PGlite): DatabaseSnapshot {
  return {
    kind: 'pglite',
    write: (dir) =>
      client.transaction(async (tx) => {
        const session: SqlSession = {
          query: async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
          close: async () => {},
        };
        const tables = await tableStats(session);
        const migrations = await appliedMigrations(session);
        const dump = await client.dumpDataDir('none');
        writeFileSync(path.join(dir, ARCHIVE.pgliteDump), Buffer.from(await dump.arrayBuffer()), {
          mode: 0o600,
        });
        return { name: ARCHIVE.pgliteDump, tables, migrations };
      }),
  };
}

/** PostgreSQL through pg_dump, which reads the snapshot exported by the transaction the statistics come from. */
export function postgresSnapshot(url: string): DatabaseSnapshot {
  return {
    kind: 'postgres',
    write: async (dir) => {
      const session = await postgresSession(url);
      try {
        return await inTransaction(
          session,
          async () => {
            const [exported] = await session.query<{ id: string }>('select pg_export_snapshot() as id');
            const tables = await tableStats(session);
            const migrations = await appliedMigrations(session);
            await pgDump(url, path.join(dir, ARCHIVE.postgresDump), exported?.id);
            return { name: ARCHIVE.postgresDump, tables, migrations };
          },
          'begin isolation level repeatable read read only',
        );
      } finally {
        await session.close();
      }
    },
  };
}

/**
 * Writes a backup archive to `target`: the database dump, the uploaded photos, and a manifest with every table's
 * row count and checksum. Written under a temporary name and renamed when complete.
 */
export async function createBackup(
  snapshot: DatabaseSnapshot,
  uploadsDir: string,
  target: string,
): Promise<BackupResult> {
  mkdirSync(path.dirname(target), { recursive: true });
  const work = mkdtempSync(`${target}.parts-`);
  try {
    mkdirSync(path.join(work, 'database'));
    const { name, tables, migrations } = await snapshot.write(work);
    // Photos after the database: a photo's file is written before its row, so every row in the dump has its file.
    const uploads = await listUploadFiles(uploadsDir);
    const manifest: BackupManifest = {
      format: 'partwise-forge-backup',
      formatVersion: 1,
      createdAt: systemClock.now().toISOString(),
      database: snapshot.kind,
      migrations,
      tables,
      uploads,
    };
    writeFileSync(path.join(work, ARCHIVE.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
    const entry = (name: string, source: string): TarEntry => ({ name, source, size: statSync(source).size });
    const entries = [
      entry(ARCHIVE.manifest, path.join(work, ARCHIVE.manifest)),
      entry(name, path.join(work, name)),
      ...uploads.map((file) => entry(`${ARCHIVE.uploadsDir}/${file.path}`, path.join(uploadsDir, file.path))),
    ];
    await writeTarGz(`${target}.partial`, entries);
    renameSync(`${target}.partial`, target);
    return { file: target, bytes: statSync(target).size, manifest };
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(`${target}.partial`, { force: true });
  }
}
