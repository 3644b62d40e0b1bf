/**
 * `npm run bench:optimizer`: how long the build optimizer takes on 500-part inventories, including the
 * hard shapes (the most valuable parts of each slot do not fit together, or nothing fits at all), with
 * catalog purchases allowed. Exits 1 when a case takes 2 s or more. Pure computation: no server, no database.
 */
import {
  BOARD,
  CASE,
  COOLER,
  CPU,
  DRIVE,
  GPU,
  MEMORY,
  PSU,
} from '../packages/shared/src/compat/fixtures.test-data';
import type { BuildItem } from '../packages/shared/src/compat/types';
import {
  type OptimizerCandidate,
  type OptimizerRequest,
  optimizeBuilds,
} from '../packages/shared/src/optimizer';
import { mulberry32 } from './lib/prng';

const LIMIT_MS = 2_000;
const uint32 = mulberry32(14);
const random = () => uint32() / 2 ** 32;
const int = (max: number) => Math.floor(random() * max);
const pick = <T>(pool: T[]): T => pool[int(pool.length)] as T;

let serial = 0;
function unit(item: BuildItem, cost: number, value: number, source: 'stock' | 'catalog' = 'stock') {
  serial += 1;
  const id = `${source}:${String(serial).padStart(5, '0')}`;
  const includesCooler = item.category === 'cpu' && random() < 0.3;
  return {
    id,
    source,
    item: { ...item, id } as BuildItem,
    costCents: cost,
    expectedValueCents: value,
    includesCooler,
  };
}

/** `count` units drawn from `pool`, with profits in [low, high) cents. */
function units(
  pool: BuildItem[],
  count: number,
  low: number,
  high: number,
  source: 'stock' | 'catalog' = 'stock',
) {
  return Array.from({ length: count }, () => {
    const cost = 5_000 + int(40_000);
    return unit(pick(pool), cost, cost + low + int(high - low), source);
  });
}

const all = {
  cpu: Object.values(CPU),
  motherboard: Object.values(BOARD),
  memory: Object.values(MEMORY),
  storage: Object.values(DRIVE),
  psu: Object.values(PSU),
  case: Object.values(CASE),
  gpu: Object.values(GPU),
  cooler: Object.values(COOLER),
};

/** Catalog parts at their listed price: bought to be resold, so mostly at a small loss. */
const catalog = () => Object.values(all).flatMap((pool) => units(pool, 20, -3_000, 500, 'catalog'));

const uniform = (): OptimizerCandidate[] =>
  Object.values(all).flatMap((pool) => units(pool, 62, -2_000, 20_000));

/**
 * The best CPUs are LGA1151 and the best boards AM5 with DDR5 memory: the few builds that work use the
 * cheap LGA1151 boards and the few DDR4 kits, far down their slots' lists.
 */
const fewFit = (): OptimizerCandidate[] => [
  ...units([CPU.i7_7700k, CPU.i7_6700k], 60, 10_000, 30_000),
  ...units([CPU.ryzen7600x, CPU.ryzen9700x], 2, 0, 1_000),
  ...units([BOARD.b650Prime, BOARD.x870eTaichi], 80, 10_000, 30_000),
  ...units([BOARD.z390aPro], 3, 0, 1_000),
  ...units([MEMORY.vengeanceRgb32], 80, 10_000, 30_000),
  ...units([MEMORY.lpx16], 3, 0, 1_000),
  ...units(all.storage, 55, 0, 10_000),
  ...units(all.psu, 55, 0, 10_000),
  ...units(all.case, 55, 0, 10_000),
  ...units(all.gpu, 55, 0, 10_000),
  ...units(all.cooler, 47, 0, 10_000),
];

/** AM4 CPUs, AM5 boards only: no build at all; the answer must come as fast. */
const noneFit = (): OptimizerCandidate[] => [
  ...units([CPU.ryzen5600x, CPU.ryzen2600], 100, 0, 30_000),
  ...units([BOARD.b650Prime, BOARD.x870eTaichi], 100, 0, 30_000),
  ...units(all.memory, 60, 0, 10_000),
  ...units(all.storage, 60, 0, 10_000),
  ...units(all.psu, 60, 0, 10_000),
  ...units(all.case, 60, 0, 10_000),
  ...units(all.gpu, 30, 0, 10_000),
  ...units(all.cooler, 30, 0, 10_000),
];

const cases: Array<[string, () => OptimizerRequest]> = [
  ['uniform, stock only', () => ({ candidates: uniform(), allowIntegratedGraphics: true })],
  ['uniform + 160 catalog parts', () => ({ candidates: [...uniform(), ...catalog()], allowPurchases: true })],
  ['few fit, stock only', () => ({ candidates: fewFit() })],
  ['few fit + 160 catalog parts', () => ({ candidates: [...fewFit(), ...catalog()], allowPurchases: true })],
  ['few fit, budget 900 $', () => ({ candidates: fewFit(), budgetCents: 90_000 })],
  [
    'none fit + 160 catalog parts',
    () => ({ candidates: [...noneFit(), ...catalog()], allowPurchases: true }),
  ],
  ['none fit, stock only', () => ({ candidates: noneFit() })],
];

let failed = false;
for (const [name, make] of cases) {
  const request = make();
  const started = performance.now();
  const options = optimizeBuilds(request);
  const ms = performance.now() - started;
  const slow = ms >= LIMIT_MS;
  failed ||= slow;
  const best = options[0]?.expectedProfitCents ?? null;
  console.log(
    `${slow ? 'SLOW' : 'ok  '} ${name.padEnd(30)} ${String(request.candidates.length).padStart(4)} candidates  ${ms.toFixed(0).padStart(6)} ms  ${options.length} options, best profit ${best}`,
  );
}
process.exit(failed ? 1 : 0);
