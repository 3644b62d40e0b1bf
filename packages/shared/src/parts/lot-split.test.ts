import { describe, expect, it } from 'vitest';
import { splitLot } from './lot-split';

const part = (weight: number, sold = false, costCents = 0) => ({ weight, sold, costCents });

describe('splitLot', () => {
  it('splits the price by weight to the cent when nothing is sold', () => {
    expect(splitLot(40_001, [part(2), part(1), part(1)])).toEqual({
      ok: true,
      costs: [20_001, 10_000, 10_000],
    });
    expect(splitLot(0, [part(1), part(3)])).toEqual({ ok: true, costs: [0, 0] });
  });

  it('keeps a sold part’s cost and splits the rest across the others', () => {
    expect(splitLot(30_000, [part(2, true, 22_500), part(1), part(1)])).toEqual({
      ok: true,
      costs: [22_500, 3_750, 3_750],
    });
  });

  it('refuses a price below what the sold parts cost, or any change when all are sold', () => {
    expect(splitLot(20_000, [part(2, true, 22_500), part(1)])).toEqual({
      ok: false,
      reason: 'below_sold',
      soldCents: 22_500,
    });
    expect(splitLot(30_000, [part(1, true, 10_000), part(1, true, 15_000)])).toEqual({
      ok: false,
      reason: 'all_sold',
      soldCents: 25_000,
    });
    expect(splitLot(25_000, [part(1, true, 10_000), part(1, true, 15_000)])).toEqual({
      ok: true,
      costs: [10_000, 15_000],
    });
  });
});
