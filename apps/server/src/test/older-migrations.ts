import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../db/client';

/** A copy of the migrations without the newest one: the schema of the previous version, for upgrade tests. */
export function previousVersionMigrations(): { dir: string; count: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pwf-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, -1);
  writeFileSync(journalFile, JSON.stringify(journal));
  return { dir, count: journal.entries.length };
}
