import { describe, expect, it } from 'vitest';
import { piecesOf, rowParams } from './analytics.months';

describe('a range cut at its months', () => {
  it('reads whole months by month and the days around them by day', () => {
    expect(piecesOf({ from: '2025-01-01', to: '2025-12-31' })).toEqual({
      months: { from: '2025-01-01', to: '2025-12-31' },
      days: [],
    });
    expect(piecesOf({ from: '2024-01-02', to: '2024-12-31' })).toEqual({
      months: { from: '2024-02-01', to: '2024-12-31' },
      days: [{ from: '2024-01-02', to: '2024-01-31' }],
    });
    expect(piecesOf({ from: '2024-11-15', to: '2025-02-10' })).toEqual({
      months: { from: '2024-12-01', to: '2025-01-31' },
      days: [
        { from: '2024-11-15', to: '2024-11-30' },
        { from: '2025-02-01', to: '2025-02-10' },
      ],
    });
    // February of a leap year ends on the 29th.
    expect(piecesOf({ from: '2024-02-01', to: '2024-02-29' }).months).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('reads a range without a whole month by day', () => {
    expect(piecesOf({ from: '2025-06-02', to: '2025-06-30' })).toEqual({
      months: null,
      days: [{ from: '2025-06-02', to: '2025-06-30' }],
    });
    expect(piecesOf({ from: '2025-06-15', to: '2025-07-14' })).toEqual({
      months: null,
      days: [{ from: '2025-06-15', to: '2025-07-14' }],
    });
  });

  it('fills two month and three day slots, joining adjacent days and leaving the rest empty', () => {
    const params = rowParams([
      piecesOf({ from: '2024-11-15', to: '2025-01-14' }),
      piecesOf({ from: '2025-01-15', to: '2025-03-15' }),
    ]);
    expect(params).toEqual({
      m0from: '2024-12-01',
      m0to: '2024-12-31',
      m1from: '2025-02-01',
      m1to: '2025-02-28',
      d0from: '2024-11-15',
      d0to: '2024-11-30',
      d1from: '2025-01-01',
      d1to: '2025-01-31',
      d2from: '2025-03-01',
      d2to: '2025-03-15',
    });
    const {
      m1from = '',
      m1to = '',
      d0from = '',
      d0to = '',
    } = rowParams([piecesOf({ from: '2025-01-01', to: '2025-01-31' })]);
    expect(m1from > m1to).toBe(true);
    expect(d0from > d0to).toBe(true);
  });
});
