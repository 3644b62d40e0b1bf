import type { PART_VALUE_SORT_FIELDS, PartFilters, PartSortField } from '@partwise/shared';
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { containsPattern } from '../../db/like';
import { part } from '../../db/schema';

/** Sorts by a column; the value sorts are computed (modules/valuation). */
export type PartColumnSort = Exclude<PartSortField, (typeof PART_VALUE_SORT_FIELDS)[number]>;

const SORT_COLUMNS: Record<PartColumnSort, PgColumn> = {
  name: part.name,
  category: part.category,
  condition: part.condition,
  status: part.status,
  costCents: part.costCents,
  acquiredAt: part.acquiredAt,
  createdAt: part.createdAt,
  updatedAt: part.updatedAt,
};

/**
 * How a filter value enters the SQL: as itself, or as a named placeholder of a prepared statement (see
 * `placeholders`). The names tell the query's shape: status0, status1, q0, ...
 */
export type Bind = <T>(name: string, value: T) => T;
const asValue: Bind = (_name, value) => value;

/** A binder that records each value under its name and puts a placeholder in the SQL instead. */
export function placeholders(): { bind: Bind; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const bind = <T>(name: string, value: T): T => {
    params[name] = value;
    // Drizzle takes a placeholder wherever it takes a value; the type says value so callers stay simple.
    return sql.placeholder(name) as unknown as T;
  };
  return { bind, params };
}

/** The owner's parts matching the filters; ownership is part of the query, never a filter afterwards. */
export function partsWhere(
  ownerId: string,
  f: Omit<PartFilters, 'sort'>,
  bind: Bind = asValue,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(part.ownerId, bind('ownerId', ownerId))];
  const oneOf = (column: PgColumn, name: string, values: readonly string[]) =>
    values.length === 1
      ? eq(column, bind(`${name}0`, values[0] as string))
      : inArray(
          column,
          values.map((v, i) => bind(`${name}${i}`, v)),
        );
  if (f.status?.length) conditions.push(oneOf(part.status, 'status', f.status));
  if (f.category?.length) conditions.push(oneOf(part.category, 'category', f.category));
  if (f.condition) conditions.push(eq(part.condition, bind('condition', f.condition)));
  if (f.acquiredFrom) conditions.push(gte(part.acquiredAt, bind('acquiredFrom', f.acquiredFrom)));
  if (f.acquiredTo) conditions.push(lte(part.acquiredAt, bind('acquiredTo', f.acquiredTo)));
  if (f.lotId) conditions.push(eq(part.lotId, bind('lotId', f.lotId)));
  // Every word must appear somewhere in the searchable text, so "rtx 3070" finds "ASUS RTX 3070 Dual".
  for (const [i, word] of (f.q?.split(/\s+/).filter(Boolean) ?? []).entries()) {
    conditions.push(
      sql`concat_ws(' ', ${part.name}, ${part.brand}, ${part.model}, ${part.serial}, ${part.notes}) ilike ${bind(`q${i}`, containsPattern(word))}`,
    );
  }
  return and(...conditions);
}

/**
 * `-acquiredAt` → acquired_at desc, id desc: ties are broken by id in the same direction. A value sort is not
 * a column (the list computes it: modules/valuation); elsewhere (the CSV export) it reads newest first.
 */
export function partsOrder(sort: string): SQL[] {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as PartColumnSort;
  const column = SORT_COLUMNS[field] as PgColumn | undefined;
  if (!column) return [desc(part.acquiredAt), desc(part.id)];
  const direction = descending ? desc : asc;
  return [direction(column), direction(part.id)];
}
