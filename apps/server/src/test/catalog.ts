import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Db } from '../db/client';
import { catalogPart } from '../db/schema';
import { CATALOG_DIR } from '../modules/catalog/catalog-import';
import { type CatalogRow, type DatasetCategory, mapCatalogRow } from '../modules/catalog/catalog-mapping';

/**
 * Puts a few real catalog parts (by dataset id, e.g. `cpu-00009`) into the test database, mapped as the
 * import maps them, and returns them by id; importing all 39,401 parts takes seconds a test need not spend.
 */
export async function seedCatalog(db: Db, ids: string[]): Promise<Record<string, CatalogRow>> {
  const rows = ids.map(datasetRow);
  await db.insert(catalogPart).values(rows);
  return Object.fromEntries(rows.map((row) => [row.id, row]));
}

function datasetRow(id: string): CatalogRow {
  // Ids are the file's name and a number: video-card-00212 is in video-card.jsonl.gz.
  const file = id.replace(/-\d+$/, '') as DatasetCategory;
  const lines = gunzipSync(readFileSync(path.join(CATALOG_DIR, `${file}.jsonl.gz`)))
    .toString('utf8')
    .split('\n');
  const line = lines.find((l) => l.startsWith(`{"id":"${id}"`));
  const row = line === undefined ? null : mapCatalogRow(file, JSON.parse(line));
  if (!row) throw new Error(`no catalog part ${id} in ${file}.jsonl.gz`);
  return row;
}
