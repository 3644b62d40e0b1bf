import { allocateCents } from '../money';

export interface SplitPart {
  costCents: number;
  /** A sold part keeps its cost: its sale fixed it. */
  sold: boolean;
  weight: number;
}

export type LotSplit =
  | { ok: true; costs: number[] }
  /** `below_sold`: the price is less than the sold parts cost; `all_sold`: every part is sold, the price is fixed. */
  | { ok: false; reason: 'below_sold' | 'all_sold'; soldCents: number };

/**
 * A lot's price split again across its parts: sold parts keep the cost their sale fixed, and what is left of
 * the price is split across the others by weight, to the cent (allocateCents). Costs come back in the parts'
 * order and always sum to the price.
 */
export function splitLot(totalCents: number, parts: readonly SplitPart[]): LotSplit {
  const soldCents = parts.filter((p) => p.sold).reduce((sum, p) => sum + p.costCents, 0);
  const open = parts.filter((p) => !p.sold);
  if (open.length === 0 && totalCents !== soldCents) return { ok: false, reason: 'all_sold', soldCents };
  if (totalCents < soldCents) return { ok: false, reason: 'below_sold', soldCents };
  const shares = allocateCents(
    totalCents - soldCents,
    open.map((p) => p.weight),
  );
  let next = 0;
  return { ok: true, costs: parts.map((p) => (p.sold ? p.costCents : (shares[next++] ?? 0))) };
}
