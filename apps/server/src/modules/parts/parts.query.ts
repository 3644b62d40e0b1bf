import type { PartFilters, PartSortField } from '@partwise/shared';
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { containsPattern } from '../../db/like';
import { part } from '../../db/schema';

const SORT_COLUMNS: Record<PartSortField, PgColumn> = {
  name: part.name,
  category: part.category,
  condition: part.condition,
  status: part.status,
  costCents: part.costCents,
  acquiredAt: part.acquiredAt,
  createdAt: part.createdAt,
  updatedAt: part.updatedAt,
};

/** The owner's parts matching the filters; ownership is part of the query, never a filter afterwards. */
export function partsWhere(ownerId: string, f: Omit<PartFilters, 'sort'>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(part.ownerId, ownerId)];
  if (f.status?.length)
    conditions.push(
      f.status.length === 1 ? eq(part.status, f.status[0] as string) : inArray(part.status, f.status),
    );
  if (f.category?.length) {
    conditions.push(
      f.category.length === 1
        ? eq(part.category, f.category[0] as string)
        : inArray(part.category, f.category),
    );
  }
  if (f.condition) conditions.push(eq(part.condition, f.condition));
  if (f.acquiredFrom) conditions.push(gte(part.acquiredAt, f.acquiredFrom));
  if (f.acquiredTo) conditions.push(lte(part.acquiredAt, f.acquiredTo));
  if (f.lotId) conditions.push(eq(part.lotId, f.lotId));
  // Every word must appear somewhere in the searchable text, so "rtx 3070" finds "ASUS RTX 3070 Dual".
  for (const word of f.q?.split(/\s+/).filter(Boolean) ?? []) {
    conditions.push(
      sql`concat_ws(' ', ${part.name}, ${part.brand}, ${part.model}, ${part.serial}, ${part.notes}) ilike ${containsPattern(word)}`,
    );
  }
  return and(...conditions);
}

/** `-acquiredAt` → acquired_at desc, id desc: ties are broken by id in the same direction. */
export function partsOrder(sort: string): SQL[] {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as PartSortField;
  const direction = descending ? desc : asc;
  return [direction(SORT_COLUMNS[field]), direction(part.id)];
}
