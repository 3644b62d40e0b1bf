import type { Category, Condition } from '../parts/enums';

/**
 * What a used part fetches as a share of its price new, by category: the share right after the catalog's
 * prices were taken (July 2025), how much of the price new it loses per month after that, and the floor it
 * does not go below. Explained, with its sources and date, in docs/valuation.md; a test keeps them in step.
 */
export const DEPRECIATION: Record<Category, { start: number; perMonth: number; floor: number }> = {
  cpu: { start: 0.65, perMonth: 0.01, floor: 0.2 },
  gpu: { start: 0.7, perMonth: 0.015, floor: 0.2 },
  motherboard: { start: 0.55, perMonth: 0.01, floor: 0.15 },
  memory: { start: 0.55, perMonth: 0.01, floor: 0.15 },
  storage: { start: 0.5, perMonth: 0.01, floor: 0.15 },
  psu: { start: 0.55, perMonth: 0.008, floor: 0.15 },
  case: { start: 0.45, perMonth: 0.005, floor: 0.15 },
  cooler: { start: 0.5, perMonth: 0.005, floor: 0.15 },
  other: { start: 0.4, perMonth: 0.01, floor: 0.1 },
};

/** A part's condition and grade as a multiple of a used part in fair shape (grade 3 or not graded). */
export const CONDITION_FACTOR: Record<Condition, number> = { new: 1.2, used: 1, for_parts: 0.3 };
/** Each grade step above or below 3 (fair) moves the value by this share. */
export const GRADE_STEP = 0.05;

/** The month the catalog's prices new were taken: ages in the table count from it. */
export const CATALOG_PRICED = '2025-07-01';

export function conditionFactor(condition: Condition, grade: number | null): number {
  const gradeFactor = grade === null || condition === 'for_parts' ? 1 : 1 + (grade - 3) * GRADE_STEP;
  return CONDITION_FACTOR[condition] * gradeFactor;
}

/** Whole months from `from` to `to` (YYYY-MM-DD), never negative. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return Math.max(0, ((ty ?? 0) - (fy ?? 0)) * 12 + ((tm ?? 0) - (fm ?? 0)));
}

/** The share of its price new a part of this category and condition fetches `today`. */
export function residualShare(category: Category, condition: Condition, grade: number | null, today: string) {
  const row = DEPRECIATION[category];
  const share = Math.max(row.floor, row.start - row.perMonth * monthsBetween(CATALOG_PRICED, today));
  // A sealed part still sells below retail; it cannot fetch more than its price new.
  return Math.min(0.9, share * conditionFactor(condition, grade));
}
