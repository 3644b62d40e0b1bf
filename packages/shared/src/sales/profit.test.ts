import { describe, expect, it } from 'vitest';
import { saleProfitCents } from './profit';

describe('saleProfitCents', () => {
  it('takes fees, shipping and the cost of goods off the price', () => {
    expect(
      saleProfitCents({ priceCents: 70_000, feesCents: 9_560, shippingCents: 4_550, cogsCents: 41_000 }),
    ).toBe(14_890);
  });

  it('takes refunds off and gives back the cost of goods a restock returned', () => {
    const sale = { priceCents: 10_000, feesCents: 1_000, shippingCents: 0, cogsCents: 6_000 };
    expect(saleProfitCents({ ...sale, refundedCents: 2_500 })).toBe(500);
    // A full refund with the item back: only the fees and shipping are lost.
    expect(saleProfitCents({ ...sale, refundedCents: 10_000, cogsReturnedCents: 6_000 })).toBe(-1_000);
  });
});
