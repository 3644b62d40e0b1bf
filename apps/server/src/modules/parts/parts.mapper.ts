import type { Part, PartListItem } from '@partwise/shared';
import { sql } from 'drizzle-orm';
import { part } from '../../db/schema';

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

/**
 * A part as a list shows it (`PartListItem`), built as JSON by PostgreSQL: `json_build_object` writes dates
 * as YYYY-MM-DD, numbers as numbers and specs as the object they are.
 */
export const partListJson = sql`json_build_object(
  'id', ${part.id}, 'name', ${part.name}, 'category', ${part.category}, 'brand', ${part.brand},
  'condition', ${part.condition}, 'grade', ${part.grade}, 'status', ${part.status},
  'costCents', ${part.costCents}, 'acquiredAt', ${part.acquiredAt}, 'source', ${part.source},
  'serial', ${part.serial}, 'specs', ${part.specs})`;

/** A full row as a list shows it (the lists that read whole rows to compute values). */
export function toPartListItem(row: PartRow): PartListItem {
  const {
    id,
    name,
    category,
    brand,
    condition,
    grade,
    status,
    costCents,
    acquiredAt,
    source,
    serial,
    specs,
  } = row;
  return {
    id,
    name,
    category,
    brand,
    condition,
    grade,
    status,
    costCents,
    acquiredAt,
    source,
    serial,
    specs,
  };
}
