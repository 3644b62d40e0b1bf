import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOARD, CASE, COOLER, CPU, DRIVE, GPU, MEMORY, PSU } from '../compat/fixtures.test-data';
import { cleanBuild } from '../compat/helpers.test-data';
import type { BuildItem } from '../compat/types';
import {
  acceptableBuild,
  expectedValueOf,
  OPTIMIZER_SLOTS,
  type OptimizerCandidate,
  type OptimizerRequest,
  optimizeBuilds,
} from './search';

const POOLS: Record<(typeof OPTIMIZER_SLOTS)[number], BuildItem[]> = {
  cpu: Object.values(CPU),
  motherboard: Object.values(BOARD),
  memory: Object.values(MEMORY),
  psu: Object.values(PSU),
  case: Object.values(CASE),
  gpu: Object.values(GPU),
  cooler: Object.values(COOLER),
  storage: Object.values(DRIVE),
};

/** The answer by enumerating every combination: what the search must equal. */
function bruteForce(request: OptimizerRequest) {
  const limit = request.limit ?? 5;
  const must = new Set(request.mustInclude ?? []);
  const pools = OPTIMIZER_SLOTS.map((slot) => {
    const pool: Array<OptimizerCandidate | null> = request.candidates.filter(
      (c) => c.item.category === slot && (c.source === 'stock' || request.allowPurchases === true),
    );
    if (slot === 'psu' || slot === 'gpu' || slot === 'cooler') pool.push(null);
    return pool;
  });
  const results: Array<{ profit: number; ids: string[] }> = [];
  const walk = (depth: number, choice: Array<OptimizerCandidate | null>) => {
    if (depth === pools.length) {
      const chosen = choice.filter((c): c is OptimizerCandidate => c !== null);
      if ([...must].some((id) => !chosen.some((c) => c.id === id))) return;
      const cost = chosen.reduce((s, c) => s + c.costCents, 0);
      const purchase = chosen.reduce((s, c) => s + (c.source === 'catalog' ? c.costCents : 0), 0);
      if (cost > (request.budgetCents ?? Number.POSITIVE_INFINITY)) return;
      if (purchase > (request.purchaseBudgetCents ?? Number.POSITIVE_INFINITY)) return;
      if (!acceptableBuild(choice, request)) return;
      const profit = chosen.reduce((s, c) => s + c.expectedValueCents - c.costCents, 0);
      results.push({ profit, ids: choice.map((c) => c?.id ?? '') });
      return;
    }
    for (const c of pools[depth] ?? []) walk(depth + 1, [...choice, c]);
  };
  walk(0, []);
  results.sort((a, b) => {
    if (a.profit !== b.profit) return b.profit - a.profit;
    for (let i = 0; i < a.ids.length; i++) {
      const x = a.ids[i] ?? '';
      const y = b.ids[i] ?? '';
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  return results.slice(0, limit);
}

const summary = (request: OptimizerRequest) =>
  optimizeBuilds(request).map((o) => ({
    profit: o.expectedProfitCents,
    ids: OPTIMIZER_SLOTS.map((slot) => o.items.find((c) => c.item.category === slot)?.id ?? ''),
  }));

let serial = 0;
function candidate(
  item: BuildItem,
  costCents: number,
  expectedValueCents: number,
  source: 'stock' | 'catalog' = 'stock',
  includesCooler = false,
): OptimizerCandidate {
  serial += 1;
  const id = `${source}:${String(serial).padStart(4, '0')}`;
  return { id, source, item: { ...item, id } as BuildItem, costCents, expectedValueCents, includesCooler };
}

/** A small inventory drawn from real catalog rows (sockets, memory types and sizes that clash). */
const inventory = fc
  .array(
    fc.record({
      slot: fc.constantFrom(...OPTIMIZER_SLOTS),
      pick: fc.nat(),
      cost: fc.integer({ min: 0, max: 50_000 }),
      value: fc.integer({ min: 0, max: 60_000 }),
      catalog: fc.boolean(),
      includesCooler: fc.boolean(),
    }),
    { minLength: 6, maxLength: 18 },
  )
  .map((rows) =>
    rows.map((r) => {
      const pool = POOLS[r.slot];
      const item = pool[r.pick % pool.length] as BuildItem;
      return candidate(item, r.cost, r.value, r.catalog ? 'catalog' : 'stock', r.includesCooler);
    }),
  );

/** A complete clean build (random money) plus random parts, so that complete builds usually exist. */
const fuller = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 16, maxLength: 16 }), inventory)
  .map(([money, extra]) => [
    ...cleanBuild().map((item, i) => candidate(item, money[i] ?? 0, money[i + 8] ?? 0)),
    ...extra,
  ]);

describe('optimizeBuilds', () => {
  it('equals brute force over every combination of small inventories', () => {
    let withResults = 0;
    fc.assert(
      fc.property(
        fuller,
        fc.record({
          allowPurchases: fc.boolean(),
          allowIntegratedGraphics: fc.boolean(),
          purchaseBudgetCents: fc.option(fc.integer({ min: 0, max: 80_000 }), { nil: undefined }),
          budgetCents: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
          limit: fc.integer({ min: 1, max: 6 }),
          mustPick: fc.option(fc.nat(), { nil: undefined, freq: 2 }),
        }),
        (candidates, options) => {
          const { mustPick, ...rest } = options;
          const mustInclude =
            mustPick === undefined ? undefined : [candidates[mustPick % candidates.length]?.id ?? ''];
          const request: OptimizerRequest = { candidates, ...rest, mustInclude };
          const expected = bruteForce(request);
          if (expected.length > 0) withResults += 1;
          expect(summary(request)).toEqual(expected);
        },
      ),
      { numRuns: 150, seed: 14 },
    );
    // Not vacuous: most generated inventories have complete builds (and the rest must give none).
    console.log(`optimizer property: ${withResults} of 150 inventories had builds`);
    expect(withResults).toBeGreaterThan(30);
  });

  it('equals brute force when many units share a model (units beaten by others of their model dropped)', () => {
    // Two models per slot, so most units have twins; tight budgets make cheaper twins matter.
    const twins = fc
      .array(
        fc.record({
          slot: fc.constantFrom(...OPTIMIZER_SLOTS),
          pick: fc.nat({ max: 1 }),
          cost: fc.integer({ min: 0, max: 3 }).map((n) => n * 10_000),
          value: fc.integer({ min: 0, max: 4 }).map((n) => n * 10_000),
          catalog: fc.boolean(),
        }),
        { minLength: 10, maxLength: 20 },
      )
      .map((rows) => [
        ...cleanBuild().map((item) => candidate(item, 10_000, 10_000)),
        ...rows.map((r) => {
          const pool = POOLS[r.slot];
          return candidate(
            pool[r.pick % pool.length] as BuildItem,
            r.cost,
            r.value,
            r.catalog ? 'catalog' : 'stock',
          );
        }),
      ]);
    fc.assert(
      fc.property(
        twins,
        fc.record({
          allowPurchases: fc.boolean(),
          budgetCents: fc.option(fc.integer({ min: 60_000, max: 200_000 }), { nil: undefined }),
          purchaseBudgetCents: fc.option(fc.integer({ min: 0, max: 40_000 }), { nil: undefined }),
          limit: fc.integer({ min: 1, max: 3 }),
        }),
        (candidates, options) => {
          const request: OptimizerRequest = { candidates, ...options };
          expect(summary(request)).toEqual(bruteForce(request));
        },
      ),
      { numRuns: 60, seed: 15 },
    );
  });

  it('passes over the greedy choice per slot when it does not fit', () => {
    // The most profitable board is AM4, the CPUs are AM5: the best build uses the lesser AM5 board.
    const cpu = candidate(CPU.ryzen7600x, 10_000, 20_000, 'stock', true);
    const am4 = candidate(BOARD.b550Tomahawk, 1_000, 30_000);
    const am5 = candidate(BOARD.b650Prime, 10_000, 12_000);
    const rest = [
      candidate(MEMORY.vengeanceRgb32, 5_000, 8_000),
      candidate(DRIVE.samsung990Pro, 5_000, 7_000),
      candidate(PSU.a650bn, 4_000, 5_000),
      candidate(CASE.corsair4000d, 6_000, 7_000),
      candidate(GPU.rtx3060, 20_000, 25_000),
      candidate(COOLER.hyper212, 2_000, 2_500),
    ];
    const request = { candidates: [cpu, am4, am5, ...rest] };
    const [best] = optimizeBuilds(request);
    expect(best?.items.map((c) => c.id)).toContain(am5.id);
    expect(best?.items.map((c) => c.id)).not.toContain(am4.id);
    expect(best?.compatibility.status).not.toBe('errors');
    expect(summary(request)).toEqual(bruteForce(request));
  });

  it('answers a 500-part inventory quickly with the same best build every time', () => {
    const rng = fc.sample(
      fc.tuple(
        fc.constantFrom(...OPTIMIZER_SLOTS),
        fc.nat(),
        fc.nat({ max: 60_000 }),
        fc.nat({ max: 80_000 }),
      ),
      { numRuns: 500, seed: 500 },
    );
    const candidates = rng.map(([slot, pick, cost, value]) =>
      candidate(POOLS[slot][pick % POOLS[slot].length] as BuildItem, cost, value),
    );
    const started = performance.now();
    const first = optimizeBuilds({ candidates, allowIntegratedGraphics: true });
    const ms = performance.now() - started;
    console.log(`optimizer: 500 parts in ${ms.toFixed(0)} ms`);
    expect(first).toHaveLength(5);
    expect(first.map((o) => o.rank)).toEqual([1, 2, 3, 4, 5]);
    const profits = first.map((o) => o.expectedProfitCents);
    expect([...profits].sort((a, b) => b - a)).toEqual(profits);
    expect(optimizeBuilds({ candidates, allowIntegratedGraphics: true })).toEqual(first);
  });

  it("takes the part's own expected price before the estimate", () => {
    expect(expectedValueOf({ expectedPriceCents: 12_000 }, 9_000)).toBe(12_000);
    expect(expectedValueOf({ expectedPriceCents: null }, 9_000)).toBe(9_000);
    expect(expectedValueOf({}, null)).toBe(0);
  });
});
