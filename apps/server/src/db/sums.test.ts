import { describe, expect, it } from 'vitest';
import { exactInteger } from './sums';

describe('exactInteger', () => {
  it('reads int8 as pg (text), PGlite (number or bigint) answer it', () => {
    expect(exactInteger('9007199254740991')).toBe(2 ** 53 - 1);
    expect(exactInteger('-12000000000')).toBe(-12_000_000_000);
    expect(exactInteger(12_000_000_000)).toBe(12_000_000_000);
    expect(exactInteger(12_000_000_000n)).toBe(12_000_000_000);
    expect(exactInteger('0')).toBe(0);
  });

  it('refuses what would not be exact instead of rounding it', () => {
    expect(() => exactInteger('9007199254740993')).toThrow(RangeError);
    expect(() => exactInteger(2n ** 60n)).toThrow(RangeError);
    expect(() => exactInteger('12.5')).toThrow(RangeError);
    expect(() => exactInteger(null)).toThrow(RangeError);
    expect(() => exactInteger('')).toThrow(RangeError);
  });
});
