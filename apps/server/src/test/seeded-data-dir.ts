import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

/** A new data directory holding a copy of the seeded one (migrated database, catalog imported, no users). */
export function copyOfSeededDataDir(target = mkdtempSync(path.join(tmpdir(), 'pwf-data-'))): string {
  cpSync(inject('seededDataDir'), target, { recursive: true });
  return target;
}
