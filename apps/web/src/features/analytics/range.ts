import { addDays, daysBetween, type Granularity } from '@partwise/shared';
import { type DateRange, presetRange } from '../../lib/date-range';

export const ANALYTICS_PRESETS = [
  'this-month',
  'last-month',
  'last-30-days',
  'this-year',
  'last-year',
  'custom',
] as const;
export type AnalyticsPreset = (typeof ANALYTICS_PRESETS)[number];

export const ANALYTICS_PRESET_LABELS: Record<AnalyticsPreset, string> = {
  'this-month': 'This month',
  'last-month': 'Last month',
  'last-30-days': 'Last 30 days',
  'this-year': 'This year',
  'last-year': 'Last year',
  custom: 'Custom',
};

export const isAnalyticsPreset = (value: string | null): value is AnalyticsPreset =>
  (ANALYTICS_PRESETS as readonly string[]).includes(value ?? '');

/**
 * The range of a preset around `today`, the user's own date. "Last 30 days" counts today as the 30th;
 * months and years are whole calendar periods, as the P&L counts them.
 */
export function analyticsRange(preset: Exclude<AnalyticsPreset, 'custom'>, today: string): DateRange {
  if (preset === 'last-30-days') return { from: addDays(today, -29), to: today };
  if (preset === 'last-year') {
    const year = Number(today.slice(0, 4)) - 1;
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  return presetRange(preset, today);
}

/** A granularity that gives a readable number of bars: days for a month, weeks for a quarter, months beyond. */
export function defaultGranularity(range: DateRange): Granularity {
  const days = daysBetween(range.from, range.to) + 1;
  if (days <= 45) return 'day';
  if (days <= 120) return 'week';
  if (days <= 3 * 366) return 'month';
  return 'year';
}

/** The longest day-by-day series the server answers (five years). */
export const canShowDays = (range: DateRange): boolean => daysBetween(range.from, range.to) + 1 <= 5 * 366;
