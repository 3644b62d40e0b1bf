import { describe, expect, it } from 'vitest';
import { tableCsv } from './csv';
import { analyticsRange, defaultGranularity } from './range';

describe('analytics range presets', () => {
  it('gives calendar months and years around the user’s today', () => {
    expect(analyticsRange('this-month', '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(analyticsRange('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(analyticsRange('this-year', '2026-11-30')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(analyticsRange('last-year', '2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('counts the last 30 days with today as the 30th, across month and leap-day edges', () => {
    expect(analyticsRange('last-30-days', '2026-11-30')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(analyticsRange('last-30-days', '2024-03-01')).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(analyticsRange('last-30-days', '2026-01-10')).toEqual({ from: '2025-12-12', to: '2026-01-10' });
  });

  it('picks days for a month, weeks for a quarter, months for a year, years beyond', () => {
    expect(defaultGranularity({ from: '2026-11-01', to: '2026-11-30' })).toBe('day');
    expect(defaultGranularity({ from: '2026-09-01', to: '2026-11-30' })).toBe('week');
    expect(defaultGranularity({ from: '2026-01-01', to: '2026-12-31' })).toBe('month');
    expect(defaultGranularity({ from: '2015-01-01', to: '2026-12-31' })).toBe('year');
  });
});

describe('chart table CSV', () => {
  const columns = [
    { header: 'Period', value: (r: { period: string; cents: number }) => r.period },
    { header: 'Net profit', value: (r: { period: string; cents: number }) => r.cents, money: true },
  ];

  it('writes a header and one row per period, money as plain decimals', () => {
    const csv = tableCsv(columns, [
      { period: '2026-09', cents: 123456 },
      { period: '2026-10', cents: -5 },
    ]);
    expect(csv).toBe('\uFEFFPeriod,Net profit\r\n2026-09,1234.56\r\n2026-10,-0.05\r\n');
  });

  it('quotes text that holds a comma or a quote', () => {
    const csv = tableCsv(
      [{ header: 'Platform', value: (r: { name: string }) => r.name }],
      [{ name: 'eBay, local' }, { name: 'The "shop"' }],
    );
    expect(csv).toBe('\uFEFFPlatform\r\n"eBay, local"\r\n"The ""shop"""\r\n');
  });
});
