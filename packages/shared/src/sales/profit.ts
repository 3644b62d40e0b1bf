/** The money terms of a sale, or of many sales added up (a P&L's revenue, refunds and so on). */
export interface SaleMoney {
  priceCents: number;
  feesCents: number;
  shippingCents: number;
  cogsCents: number;
  refundedCents?: number;
  cogsReturnedCents?: number;
}

/**
 * The one profit formula: price − fees − shipping − cost of goods − refunds + the cost of goods a restock
 * brought back. A sale's profit, a P&L's gross profit (over sums) and the preview before a sale is saved.
 */
export function saleProfitCents(s: SaleMoney): number {
  const refunded = s.refundedCents ?? 0;
  const returned = s.cogsReturnedCents ?? 0;
  return s.priceCents - s.feesCents - s.shippingCents - s.cogsCents - refunded + returned;
}
