import type { Category, Condition } from '../parts/enums';
import { conditionFactor, residualShare } from './depreciation';
import { familyKey } from './family';
import type { Comp, Valuation } from './schema';

/** The part to value: what it is, its shape, what the user expects, and the catalog's price new. */
export interface Subject {
  id?: number;
  category: Category;
  name: string;
  specs: Record<string, unknown>;
  catalogPartId: string | null;
  condition: Condition;
  grade: number | null;
  expectedPriceCents: number | null;
  /** The catalog's price new (the lowest among its variants), when linked and known. */
  catalogPriceCents: number | null;
  /** What it cost: the last resort when nothing else says what it is worth. */
  costCents: number;
}

/** One of the user's own sales of a part. */
export interface SoldPart {
  saleId: number;
  partId: number;
  name: string;
  category: Category;
  specs: Record<string, unknown>;
  catalogPartId: string | null;
  condition: Condition;
  grade: number | null;
  soldAt: string;
  /** What the buyer paid, less refunds. */
  priceCents: number;
}

/** Comps older than this many days are not used. */
export const COMP_WINDOW_DAYS = 365;
/** A sale this many days old counts half as much as one today. */
export const HALF_LIFE_DAYS = 90;
/** At most this many comps are listed and used (the most recent). */
export const MAX_COMPS = 20;

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** The first value at which the cumulative weight reaches `q` of the total (values sorted ascending). */
function weightedQuantile(sorted: { value: number; weight: number }[], q: number): number {
  const total = sorted.reduce((sum, s) => sum + s.weight, 0);
  let running = 0;
  for (const s of sorted) {
    running += s.weight;
    if (running >= q * total - 1e-9) return s.value;
  }
  return sorted[sorted.length - 1]?.value ?? 0;
}

/** The comparable sales for a subject: the same catalog part if any were sold, else the same model family. */
export function compsFor(subject: Subject, sold: readonly SoldPart[], today: string): Comp[] {
  const todayN = dayNumber(today);
  const recent = sold.filter((s) => {
    const age = todayN - dayNumber(s.soldAt);
    return age >= 0 && age <= COMP_WINDOW_DAYS && s.partId !== subject.id && s.category === subject.category;
  });
  const samePart = subject.catalogPartId
    ? recent.filter((s) => s.catalogPartId === subject.catalogPartId)
    : [];
  const family = familyKey(subject);
  const chosen =
    samePart.length > 0
      ? samePart.map((s) => ({ s, match: 'same_part' as const }))
      : family === null
        ? []
        : recent.filter((s) => familyKey(s) === family).map((s) => ({ s, match: 'same_model' as const }));
  const target = conditionFactor(subject.condition, subject.grade);
  return chosen
    .sort((a, b) => b.s.soldAt.localeCompare(a.s.soldAt) || b.s.saleId - a.s.saleId)
    .slice(0, MAX_COMPS)
    .map(({ s, match }) => {
      const ageDays = todayN - dayNumber(s.soldAt);
      return {
        saleId: s.saleId,
        partId: s.partId,
        name: s.name,
        soldAt: s.soldAt,
        condition: s.condition,
        grade: s.grade,
        priceCents: s.priceCents,
        adjustedCents: Math.round((s.priceCents * target) / conditionFactor(s.condition, s.grade)),
        weight: Math.round(0.5 ** (ageDays / HALF_LIFE_DAYS) * 1000) / 1000,
        match,
      };
    });
}

/**
 * What a part is worth: the user's own value when set; else the recency-weighted median of the user's own
 * comparable sales (adjusted to this part's condition and grade); else the catalog's price new depreciated by
 * the table in depreciation.ts; else its cost.
 */
export function valuePart(subject: Subject, sold: readonly SoldPart[], today: string): Valuation {
  if (subject.expectedPriceCents !== null) {
    const v = subject.expectedPriceCents;
    return { valueCents: v, lowCents: v, highCents: v, confidence: 'high', basis: 'expected', comps: [] };
  }
  const comps = compsFor(subject, sold, today);
  if (comps.length > 0) {
    const sorted = comps
      .map((c) => ({ value: c.adjustedCents, weight: c.weight }))
      .sort((a, b) => a.value - b.value);
    const value = weightedQuantile(sorted, 0.5);
    // One or two sales say little about the spread: a band of 15 % around them.
    const spread = comps.length < 3 ? 0.15 : 0;
    const low = Math.min(weightedQuantile(sorted, 0.25), Math.round(value * (1 - spread)));
    const high = Math.max(weightedQuantile(sorted, 0.75), Math.round(value * (1 + spread)));
    const samePart = comps[0]?.match === 'same_part';
    const confidence =
      comps.length >= 3 ? 'high' : samePart ? 'medium' : comps.length >= 2 ? 'medium' : 'low';
    return {
      valueCents: value,
      lowCents: low,
      highCents: high,
      confidence,
      basis: samePart ? 'comps_same_part' : 'comps_same_model',
      comps,
    };
  }
  if (subject.catalogPriceCents !== null && subject.catalogPriceCents > 0) {
    const share = residualShare(subject.category, subject.condition, subject.grade, today);
    const value = Math.round(subject.catalogPriceCents * share);
    return {
      valueCents: value,
      lowCents: Math.round(value * 0.75),
      highCents: Math.round(value * 1.25),
      confidence: 'low',
      basis: 'reference',
      comps: [],
    };
  }
  const v = subject.costCents;
  return { valueCents: v, lowCents: v, highCents: v, confidence: 'low', basis: 'cost', comps: [] };
}

/** Build sales needed before their own factor replaces 1.0. */
export const MIN_BUILD_SALES = 3;

/**
 * How a whole PC sells against its parts' values, from the user's build sales: the median of price ÷
 * part-out value, between 0.5 and 2; 1.0 until there are MIN_BUILD_SALES sales.
 */
export function wholePcFactor(sales: readonly { priceCents: number; partOutCents: number }[]): number {
  const ratios = sales
    .filter((s) => s.partOutCents > 0)
    .map((s) => s.priceCents / s.partOutCents)
    .sort((a, b) => a - b);
  if (ratios.length < MIN_BUILD_SALES) return 1;
  const mid = Math.floor(ratios.length / 2);
  const median = ratios.length % 2 ? (ratios[mid] ?? 1) : ((ratios[mid - 1] ?? 1) + (ratios[mid] ?? 1)) / 2;
  return Math.min(2, Math.max(0.5, Math.round(median * 1000) / 1000));
}
