import { describe, expect, it } from 'vitest';
import { periodLabel, periodStart, periodsBetween } from './periods';

describe('calendar periods', () => {
  it('starts ISO weeks on Monday and names them by the year of their Thursday', () => {
    expect(periodStart('2025-01-01', 'week')).toBe('2024-12-30');
    expect(periodLabel('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodLabel('2020-12-28', 'week')).toBe('2020-W53');
    expect(periodStart('2025-06-15', 'week')).toBe('2025-06-09');
  });

  it('covers a range with every period, zero-filled, cut to the range', () => {
    expect(periodsBetween('2024-01-15', '2024-03-10', 'month')).toEqual([
      { period: '2024-01', start: '2024-01-15', end: '2024-01-31' },
      { period: '2024-02', start: '2024-02-01', end: '2024-02-29' },
      { period: '2024-03', start: '2024-03-01', end: '2024-03-10' },
    ]);
    expect(periodsBetween('2024-12-31', '2025-01-01', 'year').map((p) => p.period)).toEqual(['2024', '2025']);
    expect(periodsBetween('2024-01-01', '2025-12-31', 'month')).toHaveLength(24);
    expect(periodsBetween('2024-02-28', '2024-03-01', 'day').map((p) => p.period)).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });
});
