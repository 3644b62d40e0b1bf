import { type Platform, type Sale, saleProfitCents } from '@partwise/shared';
import { type AnyColumn, sql } from 'drizzle-orm';
import type { sale } from '../../db/schema';

export type SaleRow = typeof sale.$inferSelect;

export function toSale(row: SaleRow): Sale {
  return {
    id: row.id,
    listingId: row.listingId,
    partId: row.partId,
    buildId: row.buildId,
    itemName: row.itemName,
    platform: row.platform as Platform,
    soldAt: row.soldAt,
    priceCents: row.priceCents,
    feesCents: row.feesCents,
    shippingCents: row.shippingCents,
    cogsCents: row.cogsCents,
    refundedCents: row.refundedCents,
    cogsReturnedCents: row.cogsReturnedCents,
    restocked: row.restocked,
    profitCents: saleProfitCents(row),
    buyerNote: row.buyerNote,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** pg answers bigint sums as strings, PGlite as numbers: sums of cents stay far below 2^53. */
export const cents = (value: string | number | null | undefined): number => Number(value ?? 0);

/** A sum of cents as bigint (int4 could overflow over years of sales); read it with cents(). */
export const sum = (column: AnyColumn) => sql<string>`coalesce(sum(${column}), 0)::bigint`;

export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
