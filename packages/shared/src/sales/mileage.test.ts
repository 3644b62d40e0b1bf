import { describe, expect, it } from 'vitest';
import { irsMileageRate, irsRatesOfYear, Miles, mileageAmountCents, milesToTenths } from './mileage';

describe('mileage', () => {
  it('computes the amount exactly, rounding half a cent up', () => {
    // 12.3 mi × 72.5¢ = 891.75¢ → $8.92; 10 mi × 72.5¢ = $7.25 exactly; 0.1 mi × 65.5¢ = 6.55¢ → 7¢
    expect(mileageAmountCents(123, 725)).toBe(892);
    expect(mileageAmountCents(100, 725)).toBe(725);
    expect(mileageAmountCents(1, 655)).toBe(7);
    // 0.1 mi × 64.9¢ = 6.49¢ → 6¢; 100,000 mi × $10.00 stays exact
    expect(mileageAmountCents(1, 649)).toBe(6);
    expect(mileageAmountCents(1_000_000, 10_000)).toBe(100_000_000);
  });

  it('reads miles to the tenth and refuses finer numbers', () => {
    expect(milesToTenths(12.5)).toBe(125);
    expect(milesToTenths(0.3)).toBe(3);
    expect(milesToTenths(12.25)).toBeNull();
    expect(Miles.safeParse(12.25).success).toBe(false);
    expect(Miles.safeParse(0).success).toBe(false);
    expect(Miles.safeParse(42).success).toBe(true);
  });

  it('knows the IRS business rate of each date, including the 2022 change', () => {
    expect(irsMileageRate('2026-03-01')).toMatchObject({ ratePerMileTenthCents: 725, exact: true });
    expect(irsMileageRate('2025-12-31').ratePerMileTenthCents).toBe(700);
    expect(irsMileageRate('2024-06-30').ratePerMileTenthCents).toBe(670);
    expect(irsMileageRate('2022-06-30').ratePerMileTenthCents).toBe(585);
    expect(irsMileageRate('2022-07-01').ratePerMileTenthCents).toBe(625);
    // Not announced yet: the newest rate, marked as not the IRS's own for that date.
    expect(irsMileageRate('2027-01-05')).toMatchObject({ ratePerMileTenthCents: 725, exact: false });
    expect(irsMileageRate('2010-01-05')).toMatchObject({ ratePerMileTenthCents: 545, exact: false });
    expect(irsRatesOfYear(2022)).toEqual([
      { from: '2022-01-01', to: '2022-06-30', ratePerMileTenthCents: 585 },
      { from: '2022-07-01', to: '2022-12-31', ratePerMileTenthCents: 625 },
    ]);
    expect(irsRatesOfYear(2026)).toEqual([
      { from: '2026-01-01', to: '2026-12-31', ratePerMileTenthCents: 725 },
    ]);
  });
});
