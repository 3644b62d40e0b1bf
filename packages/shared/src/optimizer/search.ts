import { checkBuild } from '../compat/check';
import { RULES } from '../compat/rules';
import type { BuildItem, CompatReport } from '../compat/types';
import type { Category } from '../parts/enums';
import { createBounds, dropDominated } from './bounds';
import { dropUnmatched, findClashes, modelKeys, signature } from './pairs';

/** One part the search may use: a unit in stock (at its cost basis) or a catalog part (at its price). */
export interface OptimizerCandidate {
  /** Unique among the candidates, e.g. "part:12" or "catalog:cpu-00009"; the tie-breaker. */
  id: string;
  source: 'stock' | 'catalog';
  /** The part as the compatibility engine sees it; its id must equal `id`. */
  item: BuildItem;
  /** Cost basis (stock) or listed price (catalog), in cents. */
  costCents: number;
  /** The valuation's estimate, or the part's own expected price where the user set one (see expectedValueOf). */
  expectedValueCents: number;
  /** CPUs only: ships with a cooler, so the build needs no separate one. */
  includesCooler?: boolean;
}

export interface OptimizerRequest {
  candidates: OptimizerCandidate[];
  /** Candidate ids that must be in every result; at most one per slot, else there is no result. */
  mustInclude?: string[];
  /** Catalog candidates are ignored unless this is true. */
  allowPurchases?: boolean;
  /** The most the catalog parts of one build may cost together. No limit when absent. */
  purchaseBudgetCents?: number;
  /** The most all the parts of one build may cost together (stock and purchases). No limit when absent. */
  budgetCents?: number;
  /** The use case allows a build without a graphics card when the CPU has integrated graphics. */
  allowIntegratedGraphics?: boolean;
  /** How many results (the best and the next ones); 5 when absent. */
  limit?: number;
}

export interface OptimizerOption {
  rank: number;
  /** In slot order: CPU, motherboard, memory, storage, power supply, case, graphics card, cooler. */
  items: OptimizerCandidate[];
  costCents: number;
  purchaseCents: number;
  expectedValueCents: number;
  expectedProfitCents: number;
  compatibility: CompatReport;
}

/**
 * The slots of a complete build, in search order. The power supply comes before the case: a case with
 * an included PSU is checked as the power supply only while no separate PSU is chosen, so once the case
 * is placed the PSU question is settled and an error found in a partial build stays an error in every
 * completion (which is what makes pruning on errors exact).
 */
export const OPTIMIZER_SLOTS = [
  'cpu',
  'motherboard',
  'memory',
  'storage',
  'psu',
  'case',
  'gpu',
  'cooler',
] as const satisfies readonly Category[];

/** Slots that may stay empty; the engine (or the rules below) says whether the build is then complete. */
const OPTIONAL_SLOTS: ReadonlySet<Category> = new Set(['psu', 'gpu', 'cooler']);

/** Infos that say the build is not complete (a part missing): such a build is not a result. */
const INCOMPLETE_CODES: ReadonlySet<string> = new Set(
  RULES.filter((r) => r.severity === 'info' && r.blocksSale).map((r) => r.code),
);

/** A part's expected value: its own expected price where the user set one, else the valuation's estimate. */
export function expectedValueOf(
  part: { expectedPriceCents?: number | null },
  estimateCents: number | null,
): number {
  return part.expectedPriceCents ?? estimateCents ?? 0;
}

const profitOf = (c: OptimizerCandidate) => c.expectedValueCents - c.costCents;

/** Higher profit first; equal profit: the ids in slot order compared one by one (empty slot first). */
function compareChoices(a: { profit: number; ids: string[] }, b: { profit: number; ids: string[] }): number {
  if (a.profit !== b.profit) return b.profit - a.profit;
  for (let i = 0; i < a.ids.length; i++) {
    const x = a.ids[i] ?? '';
    const y = b.ids[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Is this full choice (one entry per slot, null = empty) a complete, error-free build under the request? */
export function acceptableBuild(
  choice: Array<OptimizerCandidate | null>,
  request: Pick<OptimizerRequest, 'allowIntegratedGraphics'>,
): CompatReport | null {
  const bySlot = new Map(OPTIMIZER_SLOTS.map((slot, i) => [slot as Category, choice[i] ?? null]));
  const cpu = bySlot.get('cpu');
  if (
    !cpu ||
    !bySlot.get('motherboard') ||
    !bySlot.get('memory') ||
    !bySlot.get('storage') ||
    !bySlot.get('case')
  )
    return null;
  if (!bySlot.get('gpu')) {
    if (!request.allowIntegratedGraphics) return null;
    const specs = cpu.item.specs as { integratedGraphics?: boolean | null };
    if (specs.integratedGraphics !== true) return null;
  }
  if (!bySlot.get('cooler') && cpu.includesCooler !== true) return null;
  const report = checkBuild(choice.filter((c): c is OptimizerCandidate => c !== null).map((c) => c.item));
  if (report.status === 'errors') return null;
  if (report.findings.some((f) => INCOMPLETE_CODES.has(f.code))) return null;
  return report;
}

/** The candidates of each slot, after the request's filters; null stands for "leave the slot empty". */
function slotCandidates(request: OptimizerRequest): Array<Array<OptimizerCandidate | null>> | null {
  const must = new Set(request.mustInclude ?? []);
  // A part that must be in but may not be used (a catalog part without purchases allowed): no result.
  const known = new Set(
    request.candidates
      .filter((c) => c.source === 'stock' || request.allowPurchases === true)
      .map((c) => c.id),
  );
  for (const id of must) if (!known.has(id)) return null;
  return OPTIMIZER_SLOTS.map((slot) => {
    const all = request.candidates.filter(
      (c) => c.item.category === slot && (c.source === 'stock' || request.allowPurchases === true),
    );
    const required = all.filter((c) => must.has(c.id));
    if (required.length > 1) return [];
    const pool: Array<OptimizerCandidate | null> = required.length === 1 ? required : all;
    if (required.length === 0 && OPTIONAL_SLOTS.has(slot)) pool.push(null);
    // Best first (so that good builds are found early and the bound bites), ties by id, empty among zeros.
    return pool.sort((a, b) => {
      const pa = a ? profitOf(a) : 0;
      const pb = b ? profitOf(b) : 0;
      if (pa !== pb) return pb - pa;
      const ia = a?.id ?? '';
      const ib = b?.id ?? '';
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    });
  });
}

/**
 * The most profitable complete builds: among every choice of one candidate per slot (graphics card,
 * cooler and power supply possibly left out) with no error from the compatibility engine and nothing
 * missing, the `limit` highest expected profits (expected value − cost), ties broken by the ids in slot
 * order. Exact: branch and bound, pruning a partial build when the engine finds an error in it, when it
 * is over a budget, or when even the best remaining part of each slot could not lift it into the results.
 */
export function optimizeBuilds(request: OptimizerRequest): OptimizerOption[] {
  const limit = request.limit ?? 5;
  const filtered = slotCandidates(request);
  if (!filtered || limit <= 0) return [];
  const clashes = findClashes(OPTIMIZER_SLOTS, filtered);
  const must = new Set(request.mustInclude ?? []);
  const slots = dropUnmatched(dropDominated(filtered, signature, limit, must), clashes);
  if (slots.some((s) => s.length === 0)) return [];
  const budget = request.budgetCents ?? Number.POSITIVE_INFINITY;
  const purchaseBudget = request.purchaseBudgetCents ?? Number.POSITIVE_INFINITY;
  const { bestRest, cheapestRest, cheapestPurchaseRest } = createBounds(
    slots,
    clashes,
    budget,
    purchaseBudget,
  );
  const found: Array<{
    profit: number;
    ids: string[];
    choice: Array<OptimizerCandidate | null>;
    report: CompatReport;
  }> = [];
  const choice: Array<OptimizerCandidate | null> = [];
  // The engine is the cost of the search: its verdicts are kept per combination of models.
  const keyOf = modelKeys();
  const verdicts = new Map<string, boolean>();
  const memo = (key: string, decide: () => boolean) => {
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = decide();
      verdicts.set(key, verdict);
    }
    return verdict;
  };

  const visit = (depth: number, profit: number, cost: number, purchase: number): void => {
    if (depth === slots.length) {
      if (!memo(`=${keyOf(choice)}`, () => acceptableBuild(choice, request) !== null)) return;
      const entry = { profit, ids: choice.map((c) => c?.id ?? '') };
      const at = found.findIndex((f) => compareChoices(entry, f) < 0);
      if (at === -1 && found.length >= limit) return;
      const report = acceptableBuild(choice, request) as CompatReport;
      const kept = { ...entry, choice: [...choice], report };
      if (at === -1) found.push(kept);
      else found.splice(at, 0, kept);
      if (found.length > limit) found.pop();
      return;
    }
    const rest = bestRest(depth + 1, depth, choice, cost, purchase);
    if (rest === Number.NEGATIVE_INFINITY) return;
    for (const candidate of slots[depth] ?? []) {
      if (candidate && clashes.withChosen(candidate, choice)) continue;
      const p = profit + (candidate ? profitOf(candidate) : 0);
      const worst = found.length === limit ? found[limit - 1] : undefined;
      // Candidates are sorted best first: once one cannot reach the results, none after it can.
      if (worst && p + rest < worst.profit) break;
      // At best a tie with the last result: it stays out unless its ids come first (slot order), and the
      // later candidates of this slot have a lower profit or a later id.
      if (worst && p + rest === worst.profit && prefixAfter(choice, candidate, worst.ids)) break;
      const c = cost + (candidate?.costCents ?? 0);
      const b = purchase + (candidate?.source === 'catalog' ? candidate.costCents : 0);
      if (c + (cheapestRest[depth + 1] ?? 0) > budget) continue;
      if (b + (cheapestPurchaseRest[depth + 1] ?? 0) > purchaseBudget) continue;
      if (!candidate && !mayStayEmpty(OPTIMIZER_SLOTS[depth], choice[0] ?? null, request)) continue;
      choice.push(candidate);
      const placedAll = OPTIMIZER_SLOTS[depth] === 'case';
      if (!candidate || !memo(keyOf(choice), () => ruledOut(choice, placedAll))) visit(depth + 1, p, c, b);
      choice.pop();
    }
  };
  visit(0, 0, 0, 0);

  return found.map((f, index) => {
    const items = f.choice.filter((c): c is OptimizerCandidate => c !== null);
    const costCents = items.reduce((sum, c) => sum + c.costCents, 0);
    const expectedValueCents = items.reduce((sum, c) => sum + c.expectedValueCents, 0);
    return {
      rank: index + 1,
      items,
      costCents,
      purchaseCents: items.reduce((sum, c) => sum + (c.source === 'catalog' ? c.costCents : 0), 0),
      expectedValueCents,
      expectedProfitCents: expectedValueCents - costCents,
      compatibility: f.report,
    };
  });
}

/**
 * Can no completion of this partial build be a result? An error stays an error as parts are added; once
 * the case is placed every required part is chosen, so a missing component stays missing.
 */
function ruledOut(choice: Array<OptimizerCandidate | null>, allRequiredPlaced: boolean): boolean {
  const items = choice.filter((c): c is OptimizerCandidate => c !== null).map((c) => c.item);
  const report = checkBuild(items);
  if (report.status === 'errors') return true;
  return allRequiredPlaced && report.findings.some((f) => f.code === 'MISSING_COMPONENT');
}

/** The same rules as acceptableBuild for an empty graphics card or cooler slot, checked as soon as placed. */
function mayStayEmpty(
  slot: Category | undefined,
  cpu: OptimizerCandidate | null,
  request: Pick<OptimizerRequest, 'allowIntegratedGraphics'>,
): boolean {
  if (slot === 'gpu') {
    const specs = cpu?.item.specs as { integratedGraphics?: boolean | null } | undefined;
    return request.allowIntegratedGraphics === true && specs?.integratedGraphics === true;
  }
  if (slot === 'cooler') return cpu?.includesCooler === true;
  return true;
}

/** Do the ids chosen so far, then this one, come after the same number of the result's ids? */
function prefixAfter(
  choice: Array<OptimizerCandidate | null>,
  next: OptimizerCandidate | null,
  ids: string[],
) {
  const prefix = [...choice.map((c) => c?.id ?? ''), next?.id ?? ''];
  for (let i = 0; i < prefix.length; i++) {
    const x = prefix[i] ?? '';
    const y = ids[i] ?? '';
    if (x !== y) return x > y;
  }
  return false;
}
