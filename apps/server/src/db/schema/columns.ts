import { timestamp } from 'drizzle-orm/pg-core';

// Index sort keys say NULLS FIRST for DESC because that is what ORDER BY ... DESC means in PostgreSQL;
// drizzle-kit would otherwise write NULLS LAST and the planner could not use the index for the sort.
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const createdAt = () => timestamptz('created_at').notNull().defaultNow();
export const updatedAt = () => timestamptz('updated_at').notNull().defaultNow();
