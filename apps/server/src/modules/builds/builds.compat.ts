import { type BuildCompatibility, type BuildItem, type Category, checkBuild } from '@partwise/shared';
import type { PartRow } from '../parts/parts.mapper';
import type { PlannedRow } from './builds.mapper';

/** The engine's ids: owned parts and planned items live in different tables, so each id says which. */
export const partItemId = (id: number) => `part:${id}`;
export const plannedItemId = (id: number) => `planned:${id}`;

/** Specs in the database were validated for their category by parseSpecs when written. */
export function toBuildItem(
  id: string,
  name: string,
  category: Category,
  specs: Record<string, unknown>,
): BuildItem {
  return { id, name, category, specs } as BuildItem;
}

export function compatibilityOf(parts: PartRow[], planned: PlannedRow[]): BuildCompatibility {
  return checkBuild([
    ...parts.map((p) => toBuildItem(partItemId(p.id), p.name, p.category, p.specs)),
    ...planned.map((p) => toBuildItem(plannedItemId(p.id), p.name, p.category, p.specs)),
  ]);
}
