import { checkBuild } from './check';
import { BOARD, CASE, COOLER, CPU, DRIVE, GPU, MEMORY, PSU } from './fixtures.test-data';
import type { RuleCode } from './rules';
import type { BuildItem, CompatReport } from './types';

// Helpers for the compatibility tests: edit a fixture as a user would, assemble builds, pick findings.

/** The same part with some specs changed (as a user would edit them), under a new id. */
export function edited<T extends BuildItem>(
  item: T,
  specs: Partial<T['specs']>,
  id = `${item.id}:edited`,
): T {
  return { ...item, id, specs: { ...item.specs, ...specs } };
}

export function times<T extends BuildItem>(item: T, quantity: number): T {
  return { ...item, quantity };
}

/** A complete AM5 build with every spec known: no rule finds anything. */
export function cleanBuild(): BuildItem[] {
  return [
    CPU.ryzen7600x,
    BOARD.b650Prime,
    MEMORY.vengeanceRgb32,
    DRIVE.samsung990Pro,
    GPU.rtx3060,
    PSU.a650bn,
    CASE.corsair4000d,
    COOLER.hyper212,
  ];
}

/** The build with one part swapped for another of its category (or added when it has none). */
export function swap(items: BuildItem[], part: BuildItem): BuildItem[] {
  const index = items.findIndex((item) => item.category === part.category);
  return index === -1 ? [...items, part] : items.map((item, i) => (i === index ? part : item));
}

/** The build without any part of these categories. */
export function without(items: BuildItem[], ...categories: BuildItem['category'][]): BuildItem[] {
  return items.filter((item) => !categories.includes(item.category));
}

export function codesOf(report: CompatReport): RuleCode[] {
  return report.findings.map((f) => f.code);
}

export function findings(items: BuildItem[], code: RuleCode) {
  return checkBuild(items).findings.filter((f) => f.code === code);
}

/** The UNVERIFIED findings about one rule (alone, or with others short of the same specs). */
export function unverified(items: BuildItem[], rule: RuleCode) {
  return checkBuild(items).findings.filter((f) => f.code === 'UNVERIFIED' && f.rules?.includes(rule));
}
