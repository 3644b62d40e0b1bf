import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../db/client';

/** A copy of the migrations folder keeping the journal's first `count` entries (as counted from the list). */
function migrationsUpTo(count: (tags: string[]) => number): { dir: string; count: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pwf-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, count(journal.entries.map((e) => e.tag)));
  writeFileSync(journalFile, JSON.stringify(journal));
  return { dir, count: journal.entries.length };
}

/** A copy of the migrations without the newest one: the schema of the previous version, for upgrade tests. */
export function previousVersionMigrations(): { dir: string; count: number } {
  return migrationsUpTo((tags) => tags.length - 1);
}

/**
 * A copy of the migrations folder that stops before the migration named `name` (found by name, not number:
 * migrations are renumbered when branches merge).
 */
export function migrationsBefore(name: string): string {
  return migrationsUpTo((tags) => {
    const at = tags.findIndex((tag) => tag.endsWith(`_${name}`));
    if (at < 0) throw new Error(`no migration named ${name}`);
    return at;
  }).dir;
}
