import type { Part, PartCreate } from '@partwise/shared';
import type { FastifyInstance } from 'fastify';
import { createPart } from './parts';

type Row = Pick<PartCreate, 'name' | 'category' | 'specs'> & {
  costCents: number;
  expectedPriceCents: number;
};

/**
 * The parts of one complete AM5 build in stock, each with a cost and an expected price, plus parts that
 * make alternatives (a cheaper drive, a plainer case) and a trap: the most profitable board is AM4, which
 * the AM5 CPU does not fit. The best build's expected profit is 18,000 cents; the next ones 17,600, 17,200
 * and 16,800 (the other drive and case); nothing else is complete and compatible.
 */
const ROWS = {
  cpu: {
    name: 'AMD Ryzen 5 7600X',
    category: 'cpu',
    specs: { socket: 'AM5', integratedGraphics: true },
    costCents: 10_000,
    expectedPriceCents: 15_000,
  },
  board: {
    name: 'Asus PRIME B650-PLUS',
    category: 'motherboard',
    specs: { socket: 'AM5', memoryType: 'DDR5', formFactor: 'ATX' },
    costCents: 8_000,
    expectedPriceCents: 10_000,
  },
  am4Board: {
    name: 'MSI B550 TOMAHAWK',
    category: 'motherboard',
    specs: { socket: 'AM4', memoryType: 'DDR4', formFactor: 'ATX' },
    costCents: 1_000,
    expectedPriceCents: 20_000,
  },
  memory: {
    name: 'Corsair Vengeance 32 GB DDR5',
    category: 'memory',
    specs: { memoryType: 'DDR5', modules: 2, moduleGb: 16 },
    costCents: 5_000,
    expectedPriceCents: 7_000,
  },
  drive: {
    name: 'Samsung 990 Pro',
    category: 'storage',
    specs: {},
    costCents: 3_000,
    expectedPriceCents: 4_000,
  },
  otherDrive: {
    name: 'Crucial P3 Plus',
    category: 'storage',
    specs: {},
    costCents: 1_000,
    expectedPriceCents: 1_200,
  },
  gpu: {
    name: 'MSI GeForce RTX 3060',
    category: 'gpu',
    specs: {},
    costCents: 20_000,
    expectedPriceCents: 26_000,
  },
  psu: {
    name: 'MSI MAG A650BN',
    category: 'psu',
    specs: { wattageW: 650 },
    costCents: 4_000,
    expectedPriceCents: 5_000,
  },
  pcCase: {
    name: 'Corsair 4000D Airflow',
    category: 'case',
    specs: {},
    costCents: 5_000,
    expectedPriceCents: 5_500,
  },
  otherCase: { name: 'Montech XR', category: 'case', specs: {}, costCents: 1_000, expectedPriceCents: 1_100 },
  cooler: {
    name: 'Cooler Master Hyper 212',
    category: 'cooler',
    specs: {},
    costCents: 2_000,
    expectedPriceCents: 2_500,
  },
} satisfies Record<string, Row>;

export type BuildStock = Record<keyof typeof ROWS, Part>;

export async function createBuildStock(
  app: FastifyInstance,
  headers: Record<string, string>,
): Promise<BuildStock> {
  const out: Record<string, Part> = {};
  for (const [key, row] of Object.entries(ROWS)) out[key] = await createPart(app, headers, row);
  return out as BuildStock;
}
