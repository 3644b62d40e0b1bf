import { checkBuild } from '../compat/check';
import type { Category } from '../parts/enums';
import type { OptimizerCandidate } from './search';

/**
 * Slot pairs whose clash the engine finds from the two parts alone and that no third part can undo: a CPU
 * socket or chipset a board does not take, a memory generation a board with a known generation does not
 * take. (CPU × memory is not one: a board of unknown socket but known generation silences the CPU's check.)
 */
const PAIRS: ReadonlyArray<readonly [Category, Category]> = [
  ['cpu', 'motherboard'],
  ['motherboard', 'memory'],
];

type Slots = Array<Array<OptimizerCandidate | null>>;

/** What the engine and the search read of a part: units with the same signature fit the same parts. */
export const signature = (c: OptimizerCandidate) =>
  JSON.stringify([c.item.category, c.item.quantity ?? 1, c.includesCooler === true, c.item.specs]);

/**
 * A key for a partial build that is the same for builds of the same models: the engine's verdict on one
 * holds for all (its findings name other units, so only verdicts are shared, never reports).
 */
export function modelKeys(): (choice: ReadonlyArray<OptimizerCandidate | null>) => string {
  const ids = new Map<string, number>();
  const idOf = new Map<OptimizerCandidate, number>();
  const id = (c: OptimizerCandidate) => {
    let n = idOf.get(c);
    if (n === undefined) {
      const s = signature(c);
      n = ids.get(s) ?? ids.size;
      ids.set(s, n);
      idOf.set(c, n);
    }
    return n;
  };
  return (choice) => choice.map((c) => (c ? id(c) : '-')).join(',');
}

/**
 * The pairs of candidates that can never be in one result, checked once per distinct pair of specs
 * (an inventory holds many units of few models), as a set of "idA idB" keys in slot order.
 */
export interface Clashes {
  /** Does `c` clash with any part already chosen? */
  withChosen(c: OptimizerCandidate, chosen: ReadonlyArray<OptimizerCandidate | null>): boolean;
}

export function findClashes(slotOrder: readonly Category[], slots: Slots): Clashes {
  const clash = new Map<OptimizerCandidate, Set<OptimizerCandidate>>();
  const verdicts = new Map<string, boolean>();
  const signatures = new Map<OptimizerCandidate, string>();
  const signatureOf = (c: OptimizerCandidate) => {
    let s = signatures.get(c);
    if (s === undefined) {
      s = signature(c);
      signatures.set(c, s);
    }
    return s;
  };
  for (const [first, second] of PAIRS) {
    const left = slots[slotOrder.indexOf(first)] ?? [];
    const right = slots[slotOrder.indexOf(second)] ?? [];
    for (const a of left) {
      if (!a) continue;
      const sa = signatureOf(a);
      for (const b of right) {
        if (!b) continue;
        const key = `${sa}|${signatureOf(b)}`;
        let clashes = verdicts.get(key);
        if (clashes === undefined) {
          clashes = checkBuild([a.item, b.item]).status === 'errors';
          verdicts.set(key, clashes);
        }
        if (!clashes) continue;
        for (const [x, y] of [
          [a, b],
          [b, a],
        ] as const) {
          const set = clash.get(x) ?? new Set();
          set.add(y);
          clash.set(x, set);
        }
      }
    }
  }
  return {
    withChosen(c, chosen) {
      const set = clash.get(c);
      if (!set) return false;
      for (const other of chosen) if (other && set.has(other)) return true;
      return false;
    },
  };
}

/**
 * Drops the candidates that clash with every candidate of another slot that cannot stay empty, until
 * nothing more drops (a CPU no board takes, then the memory only that CPU's boards took, ...).
 */
export function dropUnmatched(slots: Slots, clashes: Clashes): Slots {
  let current = slots;
  let changed = true;
  while (changed) {
    changed = false;
    current = current.map((pool, i) =>
      pool.filter((c) => {
        if (!c) return true;
        const keep = current.every(
          (other, j) =>
            j === i || other.includes(null) || other.some((o) => o && !clashes.withChosen(c, [o])),
        );
        if (!keep) changed = true;
        return keep;
      }),
    );
  }
  return current;
}
