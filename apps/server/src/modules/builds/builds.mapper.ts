import type { BuildSummary, PlannedItem } from '@partwise/shared';
import type { build, buildPlannedItem } from '../../db/schema';

export type BuildRow = typeof build.$inferSelect;
export type PlannedRow = typeof buildPlannedItem.$inferSelect;

export const toPlanned = (row: PlannedRow): PlannedItem => ({
  id: row.id,
  category: row.category as PlannedItem['category'],
  name: row.name,
  catalogPartId: row.catalogPartId,
  specs: row.specs,
  expectedCostCents: row.expectedCostCents,
  createdAt: row.createdAt.toISOString(),
});

/** Cost roll-up: what is owned (at its cost) plus what is still to buy, against the target price. */
export function buildMoney(
  row: BuildRow,
  ownedCostCents: number,
  plannedCostCents: number,
): BuildSummary['money'] {
  const totalCostCents = ownedCostCents + plannedCostCents;
  return {
    ownedCostCents,
    plannedCostCents,
    totalCostCents,
    targetPriceCents: row.targetPriceCents,
    expectedProfitCents: row.targetPriceCents === null ? null : row.targetPriceCents - totalCostCents,
  };
}

export function buildBase(row: BuildRow) {
  return {
    id: row.id,
    name: row.name,
    status: row.status as BuildSummary['status'],
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
