import { describe, expect, it } from 'vitest';
import { DEFAULT_FEES, estimateFeesCents, estimateNetCents, PLATFORMS } from './fees';

describe('estimateFeesCents', () => {
  it('applies the percentage and the fixed amount in whole cents', () => {
    expect(estimateFeesCents(10_000, { percentBasisPoints: 1360, fixedCents: 40 })).toBe(1400);
    expect(estimateNetCents(10_000, { percentBasisPoints: 1360, fixedCents: 40 })).toBe(8600);
    expect(estimateFeesCents(0, { percentBasisPoints: 1360, fixedCents: 40 })).toBe(40);
    expect(estimateFeesCents(12_345, { percentBasisPoints: 0, fixedCents: 0 })).toBe(0);
  });

  it('rounds half a cent up and anything less down', () => {
    // 25 × 2% = 0.5 cent → 1; 24 × 2% = 0.48 → 0; 26 × 2% = 0.52 → 1
    expect(estimateFeesCents(25, { percentBasisPoints: 200, fixedCents: 0 })).toBe(1);
    expect(estimateFeesCents(24, { percentBasisPoints: 200, fixedCents: 0 })).toBe(0);
    expect(estimateFeesCents(26, { percentBasisPoints: 200, fixedCents: 0 })).toBe(1);
    // PayPal on $123.45: 3.49% = 430.8405 cents → 431, + 49
    expect(estimateFeesCents(12_345, { percentBasisPoints: 349, fixedCents: 49 })).toBe(480);
  });

  it('stays exact at the largest price', () => {
    expect(estimateFeesCents(10_000_000_000, { percentBasisPoints: 9_999, fixedCents: 0 })).toBe(
      9_999_000_000,
    );
    expect(estimateFeesCents(10_000_000_000, { percentBasisPoints: 10_000, fixedCents: 0 })).toBe(
      10_000_000_000,
    );
  });

  it('refuses fractional or negative prices', () => {
    expect(() => estimateFeesCents(10.5, { percentBasisPoints: 100, fixedCents: 0 })).toThrow(RangeError);
    expect(() => estimateFeesCents(-1, { percentBasisPoints: 100, fixedCents: 0 })).toThrow(RangeError);
  });

  it('has a documented default for every platform', () => {
    for (const platform of PLATFORMS) {
      const fee = DEFAULT_FEES[platform];
      expect(fee.source.length).toBeGreaterThan(10);
      expect(fee.asOf).toMatch(/^\d{4}-\d{2}$/);
      expect(Number.isInteger(fee.percentBasisPoints) && Number.isInteger(fee.fixedCents)).toBe(true);
    }
  });
});
