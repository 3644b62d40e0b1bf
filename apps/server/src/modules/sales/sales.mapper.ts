import type { Platform, Sale } from '@partwise/shared';
import type { sale } from '../../db/schema';

export type SaleRow = typeof sale.$inferSelect;

/** The one place a sale's profit is computed; the P&L adds up the same terms. */
export const profitOf = (s: {
  priceCents: number;
  feesCents: number;
  shippingCents: number;
  cogsCents: number;
  refundedCents: number;
  cogsReturnedCents: number;
}) => s.priceCents - s.feesCents - s.shippingCents - s.cogsCents - s.refundedCents + s.cogsReturnedCents;

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
    profitCents: profitOf(row),
    buyerNote: row.buyerNote,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
