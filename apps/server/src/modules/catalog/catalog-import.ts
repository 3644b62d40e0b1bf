import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, queryRows } from '../../db/client';
import { type CatalogRow, DATASET_FILES, type DatasetCategory, mapCatalogRow } from './catalog-mapping';

// Beside the bundle in production (build.mjs copies it to dist/catalog); apps/server/catalog in development.
const CATALOG_DIR_CANDIDATES = ['./catalog', '../../../catalog'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);
export const CATALOG_DIR =
  CATALOG_DIR_CANDIDATES.find((dir) => existsSync(path.join(dir, 'cpu.jsonl.gz'))) ??
  (CATALOG_DIR_CANDIDATES[1] as string);

/** Rows per insert statement: one JSON parameter each, so the SQL text stays the same size. */
const BATCH_SIZE = 1000;

export interface CatalogImportResult {
  /** Rows read from the files and written (inserted, updated or already up to date). */
  total: number;
  inserted: number;
  updated: number;
  /** Lines that were not a usable part (no id or name, or not JSON). */
  skipped: number;
  byCategory: Record<string, number>;
  ms: number;
}

/** The rows of one `<file>.jsonl.gz`, streamed, in batches. */
async function* readBatches(
  dir: string,
  file: DatasetCategory,
  onSkip: () => void,
): AsyncGenerator<CatalogRow[]> {
  const lines = createInterface({
    input: createReadStream(path.join(dir, `${file}.jsonl.gz`)).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let batch: CatalogRow[] = [];
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const row = mapCatalogRow(file, parseJson(line));
    if (row === null) onSkip();
    else batch.push(row);
    if (batch.length >= BATCH_SIZE) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

// One statement per batch; jsonb_to_recordset takes the whole batch as a single parameter on both
// drivers. Rows already up to date are left alone, so a re-import rewrites nothing.
function upsert(rows: CatalogRow[]): SQL {
  const json = JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      category: r.category,
      name: r.name,
      brand: r.brand,
      price_cents: r.priceCents,
      specs: r.specs,
      search_text: r.searchText,
    })),
  );
  return sql`
    insert into catalog_part (id, category, name, brand, price_cents, specs, search_text)
    select id, category, name, brand, price_cents, specs, search_text
    from jsonb_to_recordset(${json}::jsonb) as r(
      id text, category text, name text, brand text, price_cents int, specs jsonb, search_text text)
    on conflict (id) do update set
      category = excluded.category, name = excluded.name, brand = excluded.brand,
      price_cents = excluded.price_cents, specs = excluded.specs, search_text = excluded.search_text
    where (catalog_part.category, catalog_part.name, catalog_part.brand, catalog_part.price_cents,
           catalog_part.specs, catalog_part.search_text)
      is distinct from (excluded.category, excluded.name, excluded.brand, excluded.price_cents,
           excluded.specs, excluded.search_text)
    returning (xmax = 0) as inserted`;
}

/** Imports (or refreshes) the catalog from the gzipped JSONL files; safe to run again. */
export async function importCatalog(db: DbOrTx, dir: string = CATALOG_DIR): Promise<CatalogImportResult> {
  const started = performance.now();
  const result: CatalogImportResult = {
    total: 0,
    inserted: 0,
    updated: 0,
    skipped: 0,
    byCategory: {},
    ms: 0,
  };
  for (const file of DATASET_FILES) {
    for await (const batch of readBatches(dir, file, () => result.skipped++)) {
      const written = await queryRows<{ inserted: boolean }>(db, upsert(batch));
      const inserted = written.filter((w) => w.inserted).length;
      result.inserted += inserted;
      result.updated += written.length - inserted;
      result.total += batch.length;
      const category = batch[0]?.category ?? file;
      result.byCategory[category] = (result.byCategory[category] ?? 0) + batch.length;
    }
  }
  // Fresh statistics, or the planner keeps guessing from an empty table and skips the trigram index.
  if (result.inserted + result.updated > 0) await db.execute(sql`analyze catalog_part`);
  result.ms = Math.round(performance.now() - started);
  return result;
}

/** Imports the catalog when its table is empty (first start); a cheap check otherwise. */
export async function ensureCatalog(
  db: Db,
  say: (message: string) => void,
  dir: string = CATALOG_DIR,
): Promise<void> {
  const [row] = await queryRows<{ present: boolean }>(
    db,
    sql`select exists(select 1 from catalog_part) as present`,
  );
  if (row?.present) return;
  say('Importing the parts catalog (first start)...');
  // All or nothing: a first start stopped halfway must not leave a partial catalog that later starts skip.
  const result = await db.transaction((tx) => importCatalog(tx, dir));
  say(
    `Parts catalog imported: ${result.total.toLocaleString('en-US')} parts in ${(result.ms / 1000).toFixed(1)} s`,
  );
}
