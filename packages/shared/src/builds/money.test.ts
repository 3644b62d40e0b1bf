import { describe, expect, it } from 'vitest';
import { buildMoney } from './money';

describe('buildMoney', () => {
  it('adds owned parts at cost and planned purchases at their expected cost, against the target', () => {
    const money = buildMoney(
      [{ costCents: 12_000 }, { costCents: 8_050 }],
      [{ expectedCostCents: 4_999 }],
      40_000,
    );
    expect(money).toEqual({
      ownedCostCents: 20_050,
      plannedCostCents: 4_999,
      totalCostCents: 25_049,
      targetPriceCents: 40_000,
      expectedProfitCents: 14_951,
    });
  });

  it('has no expected profit without a target, and a loss when the target is below the cost', () => {
    expect(buildMoney([{ costCents: 500 }], [], null).expectedProfitCents).toBeNull();
    expect(buildMoney([{ costCents: 500 }], [{ expectedCostCents: 700 }], 1_000).expectedProfitCents).toBe(
      -200,
    );
    expect(buildMoney([], [], null).totalCostCents).toBe(0);
  });
});
