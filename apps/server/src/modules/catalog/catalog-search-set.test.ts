import type { CatalogList } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app';
import { signUp, type TestUser } from '../../test/users';
import { ensureCatalog } from './catalog-import';
import { SEARCH_SET, type SearchCase } from './search-set';

/** The share of queries whose part is among the first results, below which search has regressed. */
const MIN_TOP3_HIT_RATE = 0.9;
/** Importing the whole catalog takes 15-20 s on PGlite, more while other tests share the cores. */
const IMPORT_TIMEOUT_MS = 180_000;

interface Outcome {
  searched: SearchCase;
  rank: number | null;
  top: string[];
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

describe('catalog search on the real catalog: the test set of real queries', () => {
  let ctx: TestContext;
  let user: TestUser;
  const outcomes = new Map<string, Outcome[]>();

  beforeAll(async () => {
    ctx = await createTestApp();
    await ensureCatalog(ctx.database.db, () => {});
    user = await signUp(ctx.app);
  }, IMPORT_TIMEOUT_MS);
  afterAll(() => ctx.close());

  const search = async (category: string, q: string): Promise<CatalogList> => {
    const query = new URLSearchParams({ category, q, pageSize: '10' });
    const response = await ctx.app.inject({ url: `/api/v1/catalog?${query}`, headers: user.cookie });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  for (const [category, cases] of Object.entries(SEARCH_SET)) {
    it(`${category}: the part meant is in the first three results for at least ${percent(MIN_TOP3_HIT_RATE)} of ${cases.length} queries`, async () => {
      expect(cases.length).toBeGreaterThanOrEqual(60);
      const results: Outcome[] = [];
      for (const searched of cases) {
        const { items } = await search(category, searched.q);
        const index = items.findIndex((item) => item.id === searched.expect);
        results.push({
          searched,
          rank: index < 0 ? null : index + 1,
          top: items.slice(0, 3).map((i) => i.name),
        });
      }
      outcomes.set(category, results);
      const misses = results.filter((r) => r.rank === null || r.rank > 3);
      const hitRate = 1 - misses.length / results.length;
      // Printed so that a regression shows which queries it lost.
      for (const miss of misses) {
        console.log(
          `miss ${category} "${miss.searched.q}": wanted ${miss.searched.part}, got ${miss.top.join(' | ')}`,
        );
      }
      expect(hitRate, `${category} top-3 hit rate`).toBeGreaterThanOrEqual(MIN_TOP3_HIT_RATE);
    });
  }

  it(`overall: top-3 hit rate at least ${percent(MIN_TOP3_HIT_RATE)}`, () => {
    const all = [...outcomes.values()].flat();
    expect(all.length).toBeGreaterThanOrEqual(480);
    const lines = [...outcomes.entries()].map(([category, results]) => {
      const top3 = results.filter((r) => r.rank !== null && r.rank <= 3).length / results.length;
      const top1 = results.filter((r) => r.rank === 1).length / results.length;
      return `${category.padEnd(12)} ${String(results.length).padStart(3)} queries  top-1 ${percent(top1).padStart(7)}  top-3 ${percent(top3).padStart(7)}`;
    });
    const top3 = all.filter((r) => r.rank !== null && r.rank <= 3).length / all.length;
    const top1 = all.filter((r) => r.rank === 1).length / all.length;
    lines.push(
      `${'overall'.padEnd(12)} ${String(all.length).padStart(3)} queries  top-1 ${percent(top1).padStart(7)}  top-3 ${percent(top3).padStart(7)}`,
    );
    console.log(`Catalog search test set (top-3 hit rate):\n${lines.join('\n')}`);
    expect(top3).toBeGreaterThanOrEqual(MIN_TOP3_HIT_RATE);
  });
});
