import type { Clashes } from './pairs';
import type { OptimizerCandidate } from './search';

type Slots = Array<Array<OptimizerCandidate | null>>;

const profitOf = (c: OptimizerCandidate) => c.expectedValueCents - c.costCents;
const purchaseOf = (c: OptimizerCandidate | null) => (c && c.source === 'catalog' ? c.costCents : 0);

/** What the slots not yet placed can still add, for pruning the search (every figure an upper bound). */
export function createBounds(slots: Slots, clashes: Clashes, budget: number, purchaseBudget: number) {
  const cheapest = slots.map((pool) => Math.min(...pool.map((c) => c?.costCents ?? 0)));
  const cheapestPurchase = slots.map((pool) => Math.min(...pool.map(purchaseOf)));
  // cheapestRest[i]: the least slots i.. must still cost (total, and purchases).
  const cheapestRest = new Array<number>(slots.length + 1).fill(0);
  const cheapestPurchaseRest = new Array<number>(slots.length + 1).fill(0);
  for (let i = slots.length - 1; i >= 0; i--) {
    cheapestRest[i] = (cheapestRest[i + 1] ?? 0) + (cheapest[i] ?? 0);
    cheapestPurchaseRest[i] = (cheapestPurchaseRest[i + 1] ?? 0) + (cheapestPurchase[i] ?? 0);
  }
  return {
    cheapestRest,
    cheapestPurchaseRest,
    /**
     * The highest profit the slots `from`.. could add to the parts chosen so far (slots `depth`.. not yet
     * placed, `cost` and `purchase` spent): per slot, the first candidate (pools are best first) that clashes
     * with none of them and fits in what the budgets leave once every other open slot has its cheapest part.
     * -Infinity when some slot has no such candidate.
     */
    bestRest(
      from: number,
      depth: number,
      choice: ReadonlyArray<OptimizerCandidate | null>,
      cost: number,
      purchase: number,
    ): number {
      const spare = budget - cost - (cheapestRest[depth] ?? 0);
      const sparePurchase = purchaseBudget - purchase - (cheapestPurchaseRest[depth] ?? 0);
      let sum = 0;
      for (let i = from; i < slots.length; i++) {
        const room = spare + (cheapest[i] ?? 0);
        const purchaseRoom = sparePurchase + (cheapestPurchase[i] ?? 0);
        const first = (slots[i] ?? []).find(
          (c) =>
            !c || (c.costCents <= room && purchaseOf(c) <= purchaseRoom && !clashes.withChosen(c, choice)),
        );
        if (first === undefined) return Number.NEGATIVE_INFINITY;
        sum += first ? profitOf(first) : 0;
      }
      return sum;
    },
  };
}

/**
 * Drops the units that cannot be in any of the `limit` best builds: those with `limit` or more units of
 * the same model in the same slot (which the engine cannot tell apart) that rank before them (more profit,
 * or as much and an earlier id) and cost no more, purchases included. Each such unit, put in its place,
 * makes a distinct build that ranks before, so the dropped unit's builds would all fall past the limit.
 */
export function dropDominated(
  slots: Slots,
  modelOf: (c: OptimizerCandidate) => string,
  limit: number,
  keep: ReadonlySet<string>,
): Slots {
  return slots.map((pool) => {
    const seen = new Map<string, OptimizerCandidate[]>();
    return pool.filter((c) => {
      if (!c || keep.has(c.id)) return true;
      const model = modelOf(c);
      const before = seen.get(model) ?? [];
      // The pool is best first (ties by id): every unit seen before ranks before this one.
      const better = before.filter((b) => b.costCents <= c.costCents && purchaseOf(b) <= purchaseOf(c));
      if (better.length >= limit) return false;
      before.push(c);
      seen.set(model, before);
      return true;
    });
  });
}
