import type { Part } from '@partwise/shared';
import type { part } from '../../db/schema';

export type PartRow = typeof part.$inferSelect;

export function toPart(row: PartRow): Part {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    brand: row.brand,
    model: row.model,
    condition: row.condition,
    grade: row.grade,
    status: row.status,
    costCents: row.costCents,
    acquiredAt: row.acquiredAt,
    source: row.source,
    serial: row.serial,
    notes: row.notes,
    specs: row.specs,
    catalogPartId: row.catalogPartId,
    lotId: row.lotId,
    expectedPriceCents: row.expectedPriceCents,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
