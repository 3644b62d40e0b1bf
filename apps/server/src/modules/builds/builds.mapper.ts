import type { BuildSummary, PlannedItem } from '@partwise/shared';
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

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * What the list and the build page both show: the build, its counts, and the cost roll-up (what is owned,
 * at its cost, plus what is still to buy, against the target price).
 */
export function buildRollUp(row: BuildRow, ownedParts: PartRow[], plannedItems: PlannedRow[]) {
  const ownedCostCents = sum(ownedParts.map((p) => p.costCents));
  const plannedCostCents = sum(plannedItems.map((p) => p.expectedCostCents));
  const totalCostCents = ownedCostCents + plannedCostCents;
  const money: BuildSummary['money'] = {
    ownedCostCents,
    plannedCostCents,
    totalCostCents,
    targetPriceCents: row.targetPriceCents,
    expectedProfitCents: row.targetPriceCents === null ? null : row.targetPriceCents - totalCostCents,
  };
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    notes: row.notes,
    partCount: ownedParts.length,
    plannedCount: plannedItems.length,
    money,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
