import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createTestApp, type TestContext } from '../../test/app';
import { CATALOG_DIR, ensureCatalog, importCatalog } from './catalog-import';
import { DATASET_FILES } from './catalog-mapping';

const ROWS_PER_FILE = 30;

/** The first rows of every real file, plus one line that is not a part, in a directory of their own. */
function writeSubset(dir: string, edit: (line: string) => string = (line) => line): void {
  for (const file of DATASET_FILES) {
    const lines = gunzipSync(readFileSync(path.join(CATALOG_DIR, `${file}.jsonl.gz`)))
      .toString('utf8')
      .split('\n')
      .slice(0, ROWS_PER_FILE)
      .map(edit);
    lines.push('{"name":"a row without an id"}', '');
    writeFileSync(path.join(dir, `${file}.jsonl.gz`), gzipSync(lines.join('\n')));
  }
}

const count = async (ctx: TestContext) =>
  (await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from catalog_part`))[0]?.n;

describe('catalog import', () => {
  let ctx: TestContext;
  let dir: string;
  beforeAll(async () => {
    ctx = await createTestApp();
    dir = mkdtempSync(path.join(tmpdir(), 'pwf-catalog-'));
    writeSubset(dir);
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports every file, mapped to our categories, and skips lines that are not parts', async () => {
    const result = await importCatalog(ctx.database.db, dir);
    const total = ROWS_PER_FILE * DATASET_FILES.length;
    expect(result).toMatchObject({ total, inserted: total, updated: 0, skipped: DATASET_FILES.length });
    expect(result.byCategory).toEqual({
      cpu: 30,
      motherboard: 30,
      memory: 30,
      gpu: 30,
      psu: 30,
      case: 30,
      cooler: 30,
      storage: 30,
    });
    expect(await count(ctx)).toBe(total);
    const [ryzen] = await queryRows<{ name: string; price_cents: number; specs: { socket: string } }>(
      ctx.database.db,
      sql`select name, price_cents, specs from catalog_part where id = 'cpu-00009'`,
    );
    expect(ryzen).toMatchObject({ name: 'AMD Ryzen 5 5600X', price_cents: 15899, specs: { socket: 'AM4' } });
  });

  it('is idempotent: a second run writes nothing and the count stays', async () => {
    const again = await importCatalog(ctx.database.db, dir);
    expect(again).toMatchObject({ total: ROWS_PER_FILE * DATASET_FILES.length, inserted: 0, updated: 0 });
    expect(await count(ctx)).toBe(ROWS_PER_FILE * DATASET_FILES.length);
  });

  it('updates rows whose data changed', async () => {
    writeSubset(dir, (line) => line.replace('"price_usd":158.99', '"price_usd":149.5'));
    const result = await importCatalog(ctx.database.db, dir);
    expect(result).toMatchObject({ inserted: 0, updated: 1 });
    const [row] = await queryRows<{ price_cents: number }>(
      ctx.database.db,
      sql`select price_cents from catalog_part where id = 'cpu-00009'`,
    );
    expect(row?.price_cents).toBe(14950);
  });

  it('ensureCatalog leaves a catalog that has rows alone', async () => {
    const said: string[] = [];
    await ensureCatalog(ctx.database.db, (message) => said.push(message), dir);
    expect(said).toEqual([]);
    expect(await count(ctx)).toBe(ROWS_PER_FILE * DATASET_FILES.length);
  });

  it('ensureCatalog imports all or nothing: a first start that fails halfway leaves no partial catalog', async () => {
    const fresh = await createTestApp();
    const broken = mkdtempSync(path.join(tmpdir(), 'pwf-catalog-broken-'));
    try {
      writeSubset(broken);
      const last = DATASET_FILES[DATASET_FILES.length - 1];
      writeFileSync(path.join(broken, `${last}.jsonl.gz`), 'not gzip at all');
      await expect(ensureCatalog(fresh.database.db, () => {}, broken)).rejects.toThrow();
      expect(await count(fresh)).toBe(0);

      const said: string[] = [];
      await ensureCatalog(fresh.database.db, (message) => said.push(message), dir);
      expect(said[0]).toMatch(/first start/);
      expect(await count(fresh)).toBe(ROWS_PER_FILE * DATASET_FILES.length);
    } finally {
      await fresh.close();
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
