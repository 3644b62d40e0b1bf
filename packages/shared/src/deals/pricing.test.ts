import { describe, expect, it } from 'vitest';
import { estimateFeesCents } from '../sales/fees';
import { priceForMargin, suggestListingPrice } from './pricing';

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

describe("suggestListingPrice (the listing editor and the assistant's draft)", () => {
  const ebayFee = { percentBasisPoints: 1360, fixedCents: 40, minimumCents: 0 };
  const free = { percentBasisPoints: 0, fixedCents: 0, minimumCents: 0 };
  const gpu = { kind: 'part', category: 'gpu' } as const;

  it('raises the value to the lowest price that keeps the margin after the fee, shipping and cost', () => {
    // $200 card worth $300, shipped on eBay (13.6 % + $0.40, $15 shipping), 25 % margin:
    // 350.82 − fee 48.11 − shipping 15 − cost 200 = 87.71 = 25 % of 350.82 rounded up; 350.81 falls short.
    expect(
      suggestListingPrice({
        thing: gpu,
        valueCents: 30_000,
        costCents: 20_000,
        delivery: 'shipped',
        rate: ebayFee,
        marginPercent: 25,
      }),
    ).toEqual({ priceCents: 35_082, marginFloorCents: 35_082, netCents: 30_271 });
  });

  it('asks the value when it already keeps the margin: local pickup with no fee and no shipping', () => {
    expect(
      suggestListingPrice({
        thing: gpu,
        valueCents: 30_000,
        costCents: 20_000,
        delivery: 'local',
        rate: free,
        marginPercent: 25,
      }),
    ).toEqual({ priceCents: 30_000, marginFloorCents: 26_667, netCents: 30_000 });
  });

  it('ships a whole PC at the boxed estimate ($60)', () => {
    expect(
      suggestListingPrice({
        thing: { kind: 'build' },
        valueCents: 120_000,
        costCents: 80_000,
        delivery: 'shipped',
        rate: ebayFee,
        marginPercent: 25,
      }),
    ).toEqual({ priceCents: 140_131, marginFloorCents: 140_131, netCents: 121_033 });
  });

  it('keeps the value when no price can leave the margin, and is null only without a value', () => {
    const steep = { percentBasisPoints: 9000, fixedCents: 0, minimumCents: 0 };
    const base = { thing: gpu, costCents: 20_000, delivery: 'shipped', marginPercent: 20 } as const;
    expect(suggestListingPrice({ ...base, valueCents: 30_000, rate: steep })).toEqual({
      priceCents: 30_000,
      marginFloorCents: null,
      netCents: 3_000,
    });
    expect(suggestListingPrice({ ...base, valueCents: 0, rate: free })).toMatchObject({ priceCents: 26_875 });
    expect(suggestListingPrice({ ...base, valueCents: null, rate: free })).toBeNull();
  });
});
