import { describe, expect, it } from 'vitest';
import { estimateFeesCents } from '../sales/fees';
import { priceForMargin } from './pricing';

const ebay = { percentBasisPoints: 1325, fixedCents: 40, minimumCents: 0 };

describe('priceForMargin', () => {
  it('is the lowest price that leaves the margin after fees, shipping and cost', () => {
    const price = priceForMargin({ costCents: 20000, shippingCents: 1500, rate: ebay, marginPercent: 25 });
    expect(price).not.toBeNull();
    const profit = (p: number) => p - estimateFeesCents(p, ebay) - 1500 - 20000;
    expect(profit(price ?? 0)).toBeGreaterThanOrEqual(Math.ceil((price ?? 0) * 0.25));
    expect(profit((price ?? 0) - 1)).toBeLessThan(Math.ceil(((price ?? 0) - 1) * 0.25));
  });

  it('needs no fee on a free local sale, and is null when fee and margin take everything', () => {
    const free = { percentBasisPoints: 0, fixedCents: 0, minimumCents: 0 };
    expect(priceForMargin({ costCents: 7500, shippingCents: 0, rate: free, marginPercent: 25 })).toBe(10000);
    expect(
      priceForMargin({
        costCents: 1,
        shippingCents: 0,
        rate: { ...ebay, percentBasisPoints: 9000 },
        marginPercent: 20,
      }),
    ).toBeNull();
  });
});
