export const RANGE_PRESETS = ['this-month', 'last-month', 'this-year', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const RANGE_LABELS: Record<RangePreset, string> = {
  'this-month': 'This month',
  'last-month': 'Last month',
  'this-year': 'This year',
  custom: 'Custom',
};

/** Calendar dates (YYYY-MM-DD), both ends included. */
export interface DateRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Day 0 of the next month is the last day of this one; UTC keeps it free of any time zone. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthRange(year: number, month: number): DateRange {
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(daysIn(year, month))}` };
}

/**
 * The calendar range of a preset around `today`, the user's own date (useToday: their time zone's, not the
 * browser's). Pure calendar arithmetic on the date's digits, so no time zone can shift it.
 */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today: string): DateRange {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (preset === 'this-year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (preset === 'this-month') return monthRange(year, month);
  return month === 1 ? monthRange(year - 1, 12) : monthRange(year, month - 1);
}

export const isPreset = (value: string | null): value is RangePreset =>
  (RANGE_PRESETS as readonly string[]).includes(value ?? '');
