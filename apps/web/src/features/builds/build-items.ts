import {
  type Build,
  type BuildCompatibility,
  type BuildItem,
  buildMoney,
  type Category,
  type PartListItem,
  type PlannedItem,
  type Severity,
  suggestCompatible,
} from '@partwise/shared';

/** A finding as the API sends it: the engine's, with its code widened to a string. */
export type Finding = BuildCompatibility['findings'][number];

/** The engine's ids, as the server makes them: owned parts and planned items live in different tables. */
export const partItemId = (id: number) => `part:${id}`;
export const plannedItemId = (id: number) => `planned:${id}`;

/** Specs come from the server, which validated them for their category when they were written. */
export function toBuildItem(
  id: string,
  name: string,
  category: Category,
  specs: Record<string, unknown>,
): BuildItem {
  return { id, name, category, specs } as BuildItem;
}

export function buildItemsOf(build: Pick<Build, 'parts' | 'planned'>): BuildItem[] {
  return [
    ...build.parts.map((p) => toBuildItem(partItemId(p.id), p.name, p.category, p.specs)),
    ...build.planned.map((p) => toBuildItem(plannedItemId(p.id), p.name, p.category, p.specs)),
  ];
}

/** The counts and the server's own cost roll-up (buildMoney), for a build changed in the browser before it answers. */
export function withMoney(build: Build, targetPriceCents = build.money.targetPriceCents): Build {
  return {
    ...build,
    partCount: build.parts.length,
    plannedCount: build.planned.length,
    money: buildMoney(build.parts, build.planned, targetPriceCents),
  };
}

/**
 * A part picked from a list carries what lists show; the build page shows no more than that. Its detail-only
 * fields stand empty for the moment the server takes to answer with the build as stored.
 */
const UNTIL_THE_SERVER_ANSWERS = {
  model: null,
  notes: null,
  catalogPartId: null,
  lotId: null,
  expectedPriceCents: null,
  createdAt: '',
  updatedAt: '',
} satisfies Omit<Build['parts'][number], keyof PartListItem>;

/** Optimistic changes: what the build will look like once the server has done the same. */
export const change = {
  addPart: (build: Build, part: PartListItem): Build =>
    withMoney({
      ...build,
      parts: [...build.parts, { ...UNTIL_THE_SERVER_ANSWERS, ...part, status: 'in_build' }],
    }),
  removePart: (build: Build, partId: number): Build =>
    withMoney({ ...build, parts: build.parts.filter((p) => p.id !== partId) }),
  addPlanned: (build: Build, item: Omit<PlannedItem, 'id' | 'createdAt'>): Build =>
    withMoney({
      ...build,
      // A negative id marks an item the server has not stored yet.
      planned: [...build.planned, { ...item, id: -Date.now(), createdAt: new Date().toISOString() }],
    }),
  removePlanned: (build: Build, itemId: number): Build =>
    withMoney({ ...build, planned: build.planned.filter((p) => p.id !== itemId) }),
  /** Specs filled in or corrected on one item (an owned part or a planned purchase), merged as the server does. */
  setSpecs: (build: Build, itemId: string, specs: Record<string, unknown>): Build => ({
    ...build,
    parts: build.parts.map((p) =>
      partItemId(p.id) === itemId ? { ...p, specs: { ...p.specs, ...specs } } : p,
    ),
    planned: build.planned.map((p) =>
      plannedItemId(p.id) === itemId ? { ...p, specs: { ...p.specs, ...specs } } : p,
    ),
  }),
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface ItemMark {
  severity: Severity;
  findings: Finding[];
}

/** For each item the report mentions: its worst severity and the findings about it, worst first. */
export function marksOf(findings: Finding[]): Map<string, ItemMark> {
  const marks = new Map<string, ItemMark>();
  for (const finding of findings) {
    for (const id of finding.partIds) {
      const mark = marks.get(id);
      if (!mark) marks.set(id, { severity: finding.severity, findings: [finding] });
      else {
        mark.findings.push(finding);
        if (RANK[finding.severity] < RANK[mark.severity]) mark.severity = finding.severity;
      }
    }
  }
  for (const mark of marks.values()) mark.findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return marks;
}

/**
 * What would stop the build from working once the candidate is in (replacing the current one of a one-part
 * slot): the errors about it, in the report's words. Empty when it fits, or when the engine cannot tell.
 */
export function errorsOfAdding(candidate: BuildItem, items: BuildItem[]): string[] {
  return suggestCompatible(candidate, items)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.message);
}
