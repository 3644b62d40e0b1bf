import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, timestamp } from 'drizzle-orm/pg-core';

// Index sort keys say NULLS FIRST for DESC because that is what ORDER BY ... DESC means in PostgreSQL;
// drizzle-kit would otherwise write NULLS LAST and the planner could not use the index for the sort.
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const createdAt = () => timestamptz('created_at').notNull().defaultNow();
export const updatedAt = () => timestamptz('updated_at').notNull().defaultNow();

/**
 * The condition of a CHECK that `column` holds one of `values`. The values come from the shared constants
 * (PLATFORMS, PART_STATUSES, ...), so a new one is added in one place and the next migration follows.
 */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  const list = values.map((v) => `'${v.replaceAll("'", "''")}'`).join(',');
  return sql`${column} in (${sql.raw(list)})`;
}
