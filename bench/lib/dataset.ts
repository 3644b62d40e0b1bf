import { mulberry32 } from './prng';
import {
  CATEGORIES,
  COST_RANGE,
  MODELS,
  NOTES,
  PARTS_PER_USER,
  SALES_PER_USER,
  SOURCES,
  USER_COUNT,
} from './workload';

export interface PartRow {
  id: number;
  ownerId: number;
  name: string;
  category: string;
  condition: string;
  status: string;
  costCents: number;
  acquiredAt: string;
  source: string;
  notes: string;
}

export interface SaleRow {
  id: number;
  ownerId: number;
  partId: number;
  soldAt: string;
  priceCents: number;
  feesCents: number;
  shippingCents: number;
}

export interface Dataset {
  parts: PartRow[];
  sales: SaleRow[];
}

const DAY_MS = 86_400_000;
const EPOCH_2024 = Date.UTC(2024, 0, 1);

/** ISO date of 2024-01-01 plus `days`, computed in UTC. */
const dateFrom2024 = (days: number) => new Date(EPOCH_2024 + days * DAY_MS).toISOString().slice(0, 10);
const daysSince2024 = (isoDate: string) => (Date.parse(`${isoDate}T00:00:00Z`) - EPOCH_2024) / DAY_MS;

function pick<T>(list: readonly T[], r: number): T {
  const value = list[r % list.length];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

function condition(r: number): string {
  const c = r % 10;
  return c < 2 ? 'new' : c < 9 ? 'used' : 'for_parts';
}

function unsoldStatus(r: number): string {
  const s = r % 20;
  return s < 12 ? 'in_stock' : s < 15 ? 'in_build' : 'listed';
}

/** Phase A: a partial Fisher-Yates shuffle; the first SALES_PER_USER entries are the sold local indices. */
function soldIndices(next: () => number): number[] {
  const idx = Array.from({ length: PARTS_PER_USER }, (_, i) => i);
  for (let k = 0; k < SALES_PER_USER; k++) {
    const j = k + (next() % (PARTS_PER_USER - k));
    const a = idx[k] as number;
    idx[k] = idx[j] as number;
    idx[j] = a;
  }
  return idx.slice(0, SALES_PER_USER);
}

/** Phase B: nine draws per part, always all nine. */
function userParts(u: number, next: () => number, sold: Set<number>): PartRow[] {
  const parts: PartRow[] = [];
  for (let i = 0; i < PARTS_PER_USER; i++) {
    const [rCat, rModel, rSuffix, rCond, rStatus, rCost, rAcq, rSrc, rNotes] = Array.from(
      { length: 9 },
      next,
    );
    const category = pick(CATEGORIES, rCat as number);
    const [lo, hi] = COST_RANGE[category];
    parts.push({
      id: (u - 1) * PARTS_PER_USER + i + 1,
      ownerId: u,
      name: `${pick(MODELS[category], rModel as number)} #${String((rSuffix as number) % 10000).padStart(4, '0')}`,
      category,
      condition: condition(rCond as number),
      status: sold.has(i) ? 'sold' : unsoldStatus(rStatus as number),
      costCents: lo + ((rCost as number) % (hi - lo + 1)),
      acquiredAt: dateFrom2024((rAcq as number) % 731),
      source: pick(SOURCES, rSrc as number),
      notes: pick(NOTES, rNotes as number),
    });
  }
  return parts;
}

/** Phase C: four draws per sale. */
function userSales(u: number, next: () => number, soldOrder: number[], parts: PartRow[]): SaleRow[] {
  return soldOrder.map((local, k) => {
    const [rOff, rMargin, rFee, rShip] = [next(), next(), next(), next()];
    const part = parts[local];
    if (!part) throw new Error(`no part at local index ${local}`);
    const priceCents = Math.floor((part.costCents * (70 + (rMargin % 91))) / 100);
    return {
      id: (u - 1) * SALES_PER_USER + k + 1,
      ownerId: u,
      partId: part.id,
      soldAt: dateFrom2024(daysSince2024(part.acquiredAt) + 1 + (rOff % 120)),
      priceCents,
      feesCents: Math.floor((priceCents * (rFee % 16)) / 100),
      shippingCents: rShip % 2001,
    };
  });
}

/** The whole deterministic dataset of WORKLOAD.md section 2, rows in ascending id. */
export function generateDataset(): Dataset {
  const parts: PartRow[] = [];
  const sales: SaleRow[] = [];
  for (let u = 1; u <= USER_COUNT; u++) {
    const next = mulberry32(1000 + u);
    const soldOrder = soldIndices(next);
    const own = userParts(u, next, new Set(soldOrder));
    parts.push(...own);
    sales.push(...userSales(u, next, soldOrder, own));
  }
  return { parts, sales };
}
