import type { Build, Category, Part, PartListItem } from '@partwise/shared';
import { api } from '../../lib/api';
import { change } from './build-items';
import { useBuildChange } from './queries';
import type { SlotEntry } from './slots';

/** A purchase to plan: from the catalog (its specs come along) or typed by hand. */
export interface PlannedDraft {
  category: Category;
  name: string;
  catalogPartId: string | null;
  specs: Record<string, unknown>;
  expectedCostCents: number;
}

/** Specs to merge into one item's own: a part the user owns, or a planned purchase (never the catalog). */
export interface SpecChange {
  entry: SlotEntry;
  specs: Record<string, unknown>;
}

/** Putting parts and planned purchases into a build and taking them out, each shown at once. */
export function useBuildItems(id: number) {
  const path = `/api/v1/builds/${id}`;
  return {
    addPart: useBuildChange(
      id,
      (part: PartListItem) => api.post<Build>(`${path}/parts`, { partId: part.id }),
      change.addPart,
    ),
    removePart: useBuildChange(
      id,
      (part: Part) => api.delete<Build>(`${path}/parts/${part.id}`),
      (build, part) => change.removePart(build, part.id),
    ),
    addPlanned: useBuildChange(
      id,
      (draft: PlannedDraft) =>
        api.post<Build>(`${path}/planned`, {
          category: draft.category,
          name: draft.name,
          expectedCostCents: draft.expectedCostCents,
          ...(draft.catalogPartId ? { catalogPartId: draft.catalogPartId } : {}),
        }),
      change.addPlanned,
    ),
    removePlanned: useBuildChange(
      id,
      (itemId: number) => api.delete<Build>(`${path}/planned/${itemId}`),
      change.removePlanned,
    ),
    /** The browser checks the build again at once with the new specs; the server's answer follows. */
    setSpecs: useBuildChange(
      id,
      async ({ entry, specs }: SpecChange) => {
        if (entry.kind === 'planned')
          return api.patch<Build>(`${path}/planned/${entry.planned.id}`, { specs });
        await api.patch<Part>(`/api/v1/parts/${entry.part.id}`, { specs });
        return api.get<Build>(path);
      },
      (build, { entry, specs }) => change.setSpecs(build, entry.itemId, specs),
    ),
  };
}
