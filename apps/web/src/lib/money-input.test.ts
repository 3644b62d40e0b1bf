import { describe, expect, it } from 'vitest';
import { checkedCents, inputToCents, MoneyText, RequiredMoneyText } from './money-input';

const problem = (schema: typeof MoneyText, text: string) => {
  const parsed = schema.safeParse(text);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe('money typed in a form', () => {
  it('reads dollars as people type them into cents', () => {
    expect(inputToCents('1,234.56')).toBe(123_456);
    expect(inputToCents('$900')).toBe(90_000);
    expect(inputToCents(' 0.5 ')).toBe(50);
    expect(inputToCents('')).toBeNull();
    expect(inputToCents('twelve')).toBeUndefined();
    expect(checkedCents('')).toBe(0);
    expect(checkedCents('45.50')).toBe(4_550);
  });

  it('checks an amount as the server checks cents', () => {
    expect(problem(MoneyText, '')).toBeNull();
    expect(problem(MoneyText, '12.345')).toBe('must be an amount like 900 or 1,234.56');
    expect(problem(MoneyText, '-5')).toBe('must be >= 0');
    expect(problem(MoneyText, '99999999999')).toBe('is too large');
    expect(problem(RequiredMoneyText, '  ')).toBe('is required');
    expect(problem(RequiredMoneyText, '650')).toBeNull();
  });
});
