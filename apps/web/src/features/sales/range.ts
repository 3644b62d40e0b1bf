const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export const RANGE_PRESETS = ['this-month', 'last-month', 'this-year', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const RANGE_LABELS: Record<RangePreset, string> = {
  'this-month': 'This month',
  'last-month': 'Last month',
  'this-year': 'This year',
  custom: 'Custom',
};

export interface DateRange {
  from: string;
  to: string;
}

/** The calendar range of a preset, in the user's time zone, both ends included. */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, now = new Date()): DateRange {
  const y = now.getFullYear();
  const m = now.getMonth();
  if (preset === 'this-year') return { from: iso(new Date(y, 0, 1)), to: iso(new Date(y, 11, 31)) };
  const offset = preset === 'last-month' ? -1 : 0;
  return { from: iso(new Date(y, m + offset, 1)), to: iso(new Date(y, m + offset + 1, 0)) };
}

export const isPreset = (value: string | null): value is RangePreset =>
  (RANGE_PRESETS as readonly string[]).includes(value ?? '');
