import { type Sale, saleProfitCents } from '@partwise/shared';
import type { sale } from '../../db/schema';

export type SaleRow = typeof sale.$inferSelect;

export function toSale(row: SaleRow): Sale {
  return {
    id: row.id,
    listingId: row.listingId,
    partId: row.partId,
    buildId: row.buildId,
    itemName: row.itemName,
    platform: row.platform,
    delivery: row.delivery,
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
    voidedAt: row.voidedAt?.toISOString() ?? null,
    voidReason: row.voidReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
