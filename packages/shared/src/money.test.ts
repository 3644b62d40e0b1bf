import { describe, expect, it } from 'vitest';
import { allocateCents, centsToDecimal, parseMoneyToCents } from './money';

describe('allocateCents', () => {
  it('splits equally, giving the leftover cents to the first shares', () => {
    expect(allocateCents(10000, [1, 1, 1])).toEqual([3334, 3333, 3333]);
    expect(allocateCents(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocateCents(0, [1, 1])).toEqual([0, 0]);
  });

  it('splits by weight, the largest remainders taking the leftover cents', () => {
    expect(allocateCents(30000, [300, 120, 80])).toEqual([18000, 7200, 4800]);
    expect(allocateCents(100, [2, 1])).toEqual([67, 33]);
    expect(allocateCents(1001, [0.5, 0.25, 0.25])).toEqual([501, 250, 250]);
  });

  it('always sums to the total exactly, for any weights and sizes', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 500; round++) {
      const total = Math.floor(random() * 10_000_000_00);
      const weights = Array.from({ length: 1 + Math.floor(random() * 40) }, () => 0.01 + random() * 1000);
      const shares = allocateCents(total, weights);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
      for (const s of shares) expect(Number.isInteger(s) && s >= 0).toBe(true);
    }
  });

  it('refuses what cannot be split', () => {
    expect(() => allocateCents(-1, [1])).toThrow(RangeError);
    expect(() => allocateCents(100, [1, 0])).toThrow(RangeError);
    expect(allocateCents(100, [])).toEqual([]);
  });
});

describe('parseMoneyToCents', () => {
  it.each([
    ['$1,234.56', 123456],
    ['1234.5', 123450],
    ['12', 1200],
    ['.99', 99],
    ['-$5.00', -500],
    ['(12.00)', -1200],
    [' 7.1 ', 710],
  ])('%s → %d', (text, cents) => {
    expect(parseMoneyToCents(text)).toBe(cents);
  });

  it.each(['', 'abc', '1.234', '12,34', '$', '1e5', '1,2345'])('refuses %j', (text) => {
    expect(parseMoneyToCents(text)).toBeNull();
  });
});

describe('centsToDecimal', () => {
  it('writes cents as decimal dollars, exactly, for inputs and spreadsheets', () => {
    expect(centsToDecimal(123_456)).toBe('1234.56');
    expect(centsToDecimal(5)).toBe('0.05');
    expect(centsToDecimal(0)).toBe('0.00');
    expect(centsToDecimal(-1_250)).toBe('-12.50');
    expect(centsToDecimal(10_000_000_000)).toBe('100000000.00');
  });

  it('reads back as the same cents', () => {
    for (const cents of [0, 1, 99, 100, 123_456, -7, 999_999_999])
      expect(parseMoneyToCents(centsToDecimal(cents))).toBe(cents);
  });
});
