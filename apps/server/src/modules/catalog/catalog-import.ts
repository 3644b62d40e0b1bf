import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, queryRows } from '../../db/client';
import { type CatalogFill, loadCatalogFill } from './catalog-fill';
import { type CatalogRow, DATASET_FILES, type DatasetCategory, mapCatalogRow } from './catalog-mapping';
import { countWords, type GroupedRow, groupVariants } from './catalog-variants';

// Beside the bundle in production (build.mjs copies it to dist/catalog); apps/server/catalog in development.
const CATALOG_DIR_CANDIDATES = ['./catalog', '../../../catalog'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);
export const CATALOG_DIR =
  CATALOG_DIR_CANDIDATES.find((dir) => existsSync(path.join(dir, 'cpu.jsonl.gz'))) ??
  (CATALOG_DIR_CANDIDATES[1] as string);

/** Rows per insert statement: one JSON parameter each, so the SQL text stays the same size. */
const BATCH_SIZE = 1000;

/**
 * Raised whenever the import writes the rows differently (search words, specs it fills): a server
 * whose catalog was imported by an older version imports it again at start.
 */
export const CATALOG_IMPORT_VERSION = 2;

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

/** The rows of one `<file>.jsonl.gz`: a file is grouped into variants as a whole. */
async function readRows(
  dir: string,
  file: DatasetCategory,
  fill: CatalogFill,
  onSkip: () => void,
): Promise<CatalogRow[]> {
  const lines = createInterface({
    input: createReadStream(path.join(dir, `${file}.jsonl.gz`)).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const rows: CatalogRow[] = [];
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const row = mapCatalogRow(file, parseJson(line), fill);
    if (row === null) onSkip();
    else rows.push(row);
  }
  return rows;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

const COLUMN_NAMES = [
  'category',
  'name',
  'brand',
  'price_cents',
  'specs',
  'search_text',
  'popularity',
  'model_text',
  'model_words',
  'chip_text',
  'chip_words',
  'variant_of',
  'variants',
  'lowest_price_cents',
];
const COLUMNS = sql.raw(['id', ...COLUMN_NAMES].join(', '));
const UPDATES = sql.raw(COLUMN_NAMES.map((c) => `${c} = excluded.${c}`).join(', '));
const CURRENT = sql.raw(COLUMN_NAMES.map((c) => `catalog_part.${c}`).join(', '));
const EXCLUDED = sql.raw(COLUMN_NAMES.map((c) => `excluded.${c}`).join(', '));

// One statement per batch; jsonb_to_recordset takes the whole batch as a single parameter on both
// drivers. Rows already up to date are left alone, so a re-import rewrites nothing.
function upsert(rows: GroupedRow[]): SQL {
  const json = JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      category: r.category,
      name: r.name,
      brand: r.brand,
      price_cents: r.priceCents,
      specs: r.specs,
      search_text: r.searchText,
      popularity: r.popularity,
      model_text: r.modelText,
      model_words: r.modelWords,
      chip_text: r.chipText,
      chip_words: r.chipWords,
      variant_of: r.variantOf,
      variants: r.variants,
      lowest_price_cents: r.lowestPriceCents,
    })),
  );
  return sql`
    insert into catalog_part (${COLUMNS})
    select ${COLUMNS} from jsonb_to_recordset(${json}::jsonb) as r(id text, category text, name text,
      brand text, price_cents int, specs jsonb, search_text text, popularity int, model_text text,
      model_words int, chip_text text, chip_words int, variant_of text, variants int,
      lowest_price_cents int)
    on conflict (id) do update set ${UPDATES}
    where (${CURRENT}) is distinct from (${EXCLUDED})
    returning (xmax = 0) as inserted`;
}

/** Replaces the words that search corrects typos against (see catalog.service). */
async function replaceWords(db: DbOrTx, counts: Map<string, number>): Promise<void> {
  await db.execute(sql`delete from catalog_word`);
  const words = [...counts.entries()];
  for (let i = 0; i < words.length; i += BATCH_SIZE * 5) {
    const json = JSON.stringify(words.slice(i, i + BATCH_SIZE * 5).map(([word, parts]) => ({ word, parts })));
    await db.execute(sql`
      insert into catalog_word (word, parts)
      select word, parts from jsonb_to_recordset(${json}::jsonb) as r(word text, parts int)`);
  }
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
  const words = new Map<string, number>();
  const fill = loadCatalogFill(dir);
  for (const file of DATASET_FILES) {
    const rows = groupVariants(await readRows(dir, file, fill, () => result.skipped++));
    countWords(rows, words);
    for (let i = 0; i < rows.length; i += BATCH_SIZE) {
      const batch = rows.slice(i, i + BATCH_SIZE);
      const written = await queryRows<{ inserted: boolean }>(db, upsert(batch));
      const inserted = written.filter((w) => w.inserted).length;
      result.inserted += inserted;
      result.updated += written.length - inserted;
      result.total += batch.length;
      const category = batch[0]?.category ?? file;
      result.byCategory[category] = (result.byCategory[category] ?? 0) + batch.length;
    }
  }
  const [current] = await queryRows<{ done: boolean }>(
    db,
    sql`select exists(select 1 from catalog_import where version = ${CATALOG_IMPORT_VERSION}) as done`,
  );
  if (result.inserted + result.updated > 0 || !current?.done) {
    await replaceWords(db, words);
    // Bulk writes wait in the GIN indexes' pending lists, which every search would then scan
    // row by row (20 ms instead of 0.5); VACUUM would merge them but cannot run in a transaction.
    await db.execute(sql`select gin_clean_pending_list('catalog_part_search_trgm_idx'::regclass)`);
    await db.execute(sql`select gin_clean_pending_list('catalog_word_trgm_idx'::regclass)`);
    // Fresh statistics, or the planner keeps guessing from an empty table and skips the trigram index.
    await db.execute(sql`analyze catalog_part`);
    await db.execute(sql`analyze catalog_word`);
  }
  await db.execute(sql`
    insert into catalog_import (version, parts) values (${CATALOG_IMPORT_VERSION}, ${result.total})
    on conflict (version) do update set parts = excluded.parts, imported_at = now()`);
  result.ms = Math.round(performance.now() - started);
  return result;
}

/**
 * Imports the catalog when it is empty (first start) or was imported by an older version of the
 * import; a cheap check otherwise.
 */
export async function ensureCatalog(
  db: Db,
  say: (message: string) => void,
  dir: string = CATALOG_DIR,
): Promise<void> {
  const [row] = await queryRows<{ current: boolean; present: boolean }>(
    db,
    sql`select exists(select 1 from catalog_import where version = ${CATALOG_IMPORT_VERSION}) as current,
               exists(select 1 from catalog_part) as present`,
  );
  if (row?.current) return;
  say(row?.present ? 'Updating the parts catalog...' : 'Importing the parts catalog (first start)...');
  // All or nothing: a first start stopped halfway must not leave a partial catalog that later starts skip.
  const result = await db.transaction((tx) => importCatalog(tx, dir));
  say(
    `Parts catalog imported: ${result.total.toLocaleString('en-US')} parts in ${(result.ms / 1000).toFixed(1)} s`,
  );
}
