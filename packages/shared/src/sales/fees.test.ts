import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DELIVERY,
  DEFAULT_FEES,
  DELIVERIES,
  estimateFeesCents,
  estimateNetCents,
  PLATFORMS,
} from './fees';

const rate = (percentBasisPoints: number, fixedCents = 0, minimumCents = 0) => ({
  percentBasisPoints,
  fixedCents,
  minimumCents,
});

describe('estimateFeesCents', () => {
  it('applies the percentage and the fixed amount in whole cents', () => {
    expect(estimateFeesCents(10_000, rate(1360, 40))).toBe(1400);
    expect(estimateNetCents(10_000, rate(1360, 40))).toBe(8600);
    expect(estimateFeesCents(0, rate(1360, 40))).toBe(40);
    expect(estimateFeesCents(12_345, rate(0))).toBe(0);
  });

  it('rounds half a cent up and anything less down', () => {
    // 25 × 2% = 0.5 cent → 1; 24 × 2% = 0.48 → 0; 26 × 2% = 0.52 → 1
    expect(estimateFeesCents(25, rate(200))).toBe(1);
    expect(estimateFeesCents(24, rate(200))).toBe(0);
    expect(estimateFeesCents(26, rate(200))).toBe(1);
    // PayPal on $123.45: 3.49% = 430.8405 cents → 431, + 49
    expect(estimateFeesCents(12_345, rate(349, 49))).toBe(480);
  });

  it('charges at least the minimum', () => {
    const shippedMarketplace = DEFAULT_FEES.facebook_marketplace.shipped;
    // $5.00 × 10% = $0.50, under the $0.80 minimum; $8.00 × 10% = $0.80; $8.01 → $0.80 (0.801 rounds down)
    expect(estimateFeesCents(500, shippedMarketplace)).toBe(80);
    expect(estimateFeesCents(800, shippedMarketplace)).toBe(80);
    expect(estimateFeesCents(9_000, shippedMarketplace)).toBe(900);
    expect(estimateFeesCents(1_000, DEFAULT_FEES.offerup.shipped)).toBe(199);
    expect(estimateFeesCents(10_000, DEFAULT_FEES.offerup.shipped)).toBe(1290);
  });

  it('stays exact at the largest price', () => {
    expect(estimateFeesCents(10_000_000_000, rate(9_999))).toBe(9_999_000_000);
    expect(estimateFeesCents(10_000_000_000, rate(10_000))).toBe(10_000_000_000);
  });

  it('refuses fractional or negative prices', () => {
    expect(() => estimateFeesCents(10.5, rate(100))).toThrow(RangeError);
    expect(() => estimateFeesCents(-1, rate(100))).toThrow(RangeError);
  });
});

describe('default fees', () => {
  it('has a documented default for every platform and delivery', () => {
    for (const platform of PLATFORMS) {
      expect(DELIVERIES).toContain(DEFAULT_DELIVERY[platform]);
      for (const delivery of DELIVERIES) {
        const fee = DEFAULT_FEES[platform][delivery];
        expect(fee.source.length).toBeGreaterThan(10);
        expect(fee.asOf).toMatch(/^\d{4}-\d{2}$/);
        for (const n of [fee.percentBasisPoints, fee.fixedCents, fee.minimumCents])
          expect(Number.isInteger(n) && n >= 0).toBe(true);
      }
    }
  });

  it('costs nothing for local pickup on Marketplace and Craigslist; shipped Marketplace orders pay the fee', () => {
    const price = 45_000;
    expect(estimateFeesCents(price, DEFAULT_FEES.facebook_marketplace.local)).toBe(0);
    expect(estimateFeesCents(price, DEFAULT_FEES.craigslist.local)).toBe(0);
    expect(estimateFeesCents(price, DEFAULT_FEES.facebook_marketplace.shipped)).toBe(4_500);
    // eBay charges its fee on a local pickup order too.
    expect(estimateFeesCents(price, DEFAULT_FEES.ebay.local)).toBe(
      estimateFeesCents(price, DEFAULT_FEES.ebay.shipped),
    );
  });
});
