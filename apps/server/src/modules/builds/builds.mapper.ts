import { type BuildOverride, buildMoney, type PlannedItem } from '@partwise/shared';
import type { build, buildPlannedItem } from '../../db/schema';
import type { PartRow } from '../parts/parts.mapper';

export type BuildRow = typeof build.$inferSelect;
export type PlannedRow = typeof buildPlannedItem.$inferSelect;

export const toPlanned = (row: PlannedRow): PlannedItem => ({
  id: row.id,
  category: row.category,
  name: row.name,
  catalogPartId: row.catalogPartId,
  specs: row.specs,
  expectedCostCents: row.expectedCostCents,
  createdAt: row.createdAt.toISOString(),
});

/**
 * What the list and the build page both show: the build, its counts, and the cost roll-up (what is owned,
 * at its cost, plus what is still to buy, against the target price).
 */
export function buildRollUp(row: BuildRow, ownedParts: PartRow[], plannedItems: PlannedRow[]) {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    notes: row.notes,
    partCount: ownedParts.length,
    plannedCount: plannedItems.length,
    money: buildMoney(ownedParts, plannedItems, row.targetPriceCents),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The override recorded on the build, if any: why it is sold with the problems it lists. */
export function overrideOf(row: BuildRow): BuildOverride | null {
  if (row.overrideReason === null || row.overriddenAt === null) return null;
  return {
    reason: row.overrideReason,
    problems: row.overrideProblems ?? [],
    recordedAt: row.overriddenAt.toISOString(),
  };
}
