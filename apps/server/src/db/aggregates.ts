import { type AnyColumn, sql } from 'drizzle-orm';

/** pg answers bigint sums as strings, PGlite as numbers: sums of cents stay far below 2^53. */
export const cents = (value: string | number | null | undefined): number => Number(value ?? 0);

/** A sum of cents as bigint (int4 could overflow over years of sales); read it with cents(). */
export const sum = (column: AnyColumn) => sql<string>`coalesce(sum(${column}), 0)::bigint`;
