import { type AnyColumn, sql } from 'drizzle-orm';

/**
 * The one place an aggregate becomes a number. pg answers int8 and numeric as strings, PGlite int8 as a
 * number (a bigint past 2^53): sums of cents are read exactly, and one that could not be is an error, never
 * a rounded amount.
 */
export function exactInteger(value: unknown): number {
  const n = typeof value === 'string' || typeof value === 'bigint' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || String(value) !== String(n))
    throw new RangeError(`not an exact integer: ${String(value)}`);
  return n;
}

/** A sum of cents, 0 when there are no rows, as int8 (never cast to int: it outgrows 2^31 quickly). */
export const sumCents = (column: AnyColumn) =>
  sql<number>`coalesce(sum(${column}), 0)::bigint`.mapWith(exactInteger);
