/** Calendar arithmetic on YYYY-MM-DD dates (the user's own dates: no time, no zone), in UTC to stay exact. */
import { addDays, daysBetween } from '../time/days';

export const GRANULARITIES = ['day', 'week', 'month', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first day of the period holding `date`: ISO weeks start on Monday. */
export function periodStart(date: string, g: Granularity): string {
  if (g === 'day') return date;
  if (g === 'month') return `${date.slice(0, 7)}-01`;
  if (g === 'year') return `${date.slice(0, 4)}-01-01`;
  const weekday = (new Date(toMs(date)).getUTCDay() + 6) % 7; // Monday 0 .. Sunday 6
  return addDays(date, -weekday);
}

/** The first day of the next period. */
export function nextPeriod(start: string, g: Granularity): string {
  if (g === 'day') return addDays(start, 1);
  if (g === 'week') return addDays(start, 7);
  const d = new Date(toMs(start));
  if (g === 'month') return fromMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return fromMs(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
}

/** A period's name: 2025-06-15, 2025-W24 (the ISO week-numbering year), 2025-06, 2025. */
export function periodLabel(start: string, g: Granularity): string {
  if (g === 'day') return start;
  if (g === 'month') return start.slice(0, 7);
  if (g === 'year') return start.slice(0, 4);
  const thursday = addDays(start, 3); // an ISO week belongs to the year of its Thursday
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Every period touching [from, to], each cut to the range: zero-filled series are built on it. */
export function periodsBetween(
  from: string,
  to: string,
  g: Granularity,
): { period: string; start: string; end: string }[] {
  const out = [];
  for (let start = periodStart(from, g); start <= to; start = nextPeriod(start, g)) {
    const end = addDays(nextPeriod(start, g), -1);
    out.push({ period: periodLabel(start, g), start: start < from ? from : start, end: end > to ? to : end });
  }
  return out;
}
