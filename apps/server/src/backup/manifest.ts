import { z } from 'zod';

/** Inside a backup archive. */
export const ARCHIVE = {
  manifest: 'manifest.json',
  /** PGlite's own dump of its data directory (a tar). */
  pgliteDump: 'database/pglite-data.tar',
  /** pg_dump's custom format, for pg_restore. */
  postgresDump: 'database/postgres.dump',
  uploadsDir: 'uploads',
} as const;

const TableStatsSchema = z.record(z.string(), z.object({ rows: z.number().int(), checksum: z.string() }));

export const BackupManifest = z.object({
  format: z.literal('partwise-forge-backup'),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  database: z.enum(['pglite', 'postgres']),
  /** Migrations the database had applied: a restore applies the newer ones. */
  migrations: z.number().int(),
  tables: TableStatsSchema,
  uploads: z.array(z.object({ path: z.string(), bytes: z.number().int(), sha256: z.string() })),
});
export type BackupManifest = z.infer<typeof BackupManifest>;
