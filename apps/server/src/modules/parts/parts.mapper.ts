import { type Part, PartListItem } from '@partwise/shared';
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

/** The fields of a part that lists show, in the schema's order: the one list both shapes below are made from. */
const LIST_FIELDS = Object.keys(PartListItem.shape) as (keyof PartListItem & keyof typeof part)[];

/**
 * A part as a list shows it (`PartListItem`), built as JSON by PostgreSQL: `json_build_object` writes dates
 * as YYYY-MM-DD, numbers as numbers and specs as the object they are.
 */
export const partListJson = sql`json_build_object(${sql.join(
  LIST_FIELDS.map((field) => sql`${sql.raw(`'${field}'`)}, ${part[field]}`),
  sql`, `,
)})`;

/** A full row as a list shows it (the lists that read whole rows to compute values). */
export const toPartListItem = (row: PartRow): PartListItem =>
  Object.fromEntries(LIST_FIELDS.map((field) => [field, row[field]])) as PartListItem;
