import type { CsvDateOrder } from '@partwise/shared';

/**
 * Dates as spreadsheets write them: ISO (2025-06-15), numeric with the year last (6/15/2025, 06/15/25,
 * 15.06.2025), or with the month's name (Jun 15, 2025; 15-Jun-25). A time after the date is ignored.
 * Numeric dates are read month first unless the file says otherwise (see CsvDateOrder).
 */
export type DateReading =
  | { kind: 'ymd'; y: number; m: number; d: number }
  | { kind: 'numeric'; first: number; second: number; y: number };

export type SlashOrder = 'mdy' | 'dmy';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const MONTH_FIRST = /^([a-z]{3,9})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4}|\d{2})$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/;
const TIME_SUFFIX = /(?:t|\s+)\d{1,2}:\d{2}.*$/;

function monthNumber(word: string): number | null {
  const index = MONTHS.findIndex(
    (name) => name.startsWith(word) || (word === 'sept' && name === 'september'),
  );
  return index >= 0 ? index + 1 : null;
}

/** Two-digit years as Excel reads them: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

/** The parts of a date, or null when the text is not written like a date. */
export function readDate(text: string): DateReading | null {
  const s = text.trim().toLowerCase().replace(TIME_SUFFIX, '');
  let match = ISO.exec(s);
  if (match) return { kind: 'ymd', y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  match = NUMERIC.exec(s);
  if (match) {
    return {
      kind: 'numeric',
      first: Number(match[1]),
      second: Number(match[2]),
      y: fullYear(match[3] ?? ''),
    };
  }
  match = MONTH_FIRST.exec(s);
  const named = match
    ? { month: match[1], day: match[2], year: match[3] }
    : (() => {
        const m = DAY_FIRST.exec(s);
        return m ? { month: m[2], day: m[1], year: m[3] } : null;
      })();
  if (!named) return null;
  const m = monthNumber(named.month ?? '');
  return m ? { kind: 'ymd', y: fullYear(named.year ?? ''), m, d: Number(named.day) } : null;
}

/**
 * The order for the file's numeric dates. `mixed`: with `auto`, some dates can only be day first and
 * others only month first, so the ones that could be either cannot be read.
 */
export function fileDateOrder(
  readings: readonly (DateReading | null)[],
  requested: CsvDateOrder,
): { order: SlashOrder | null; mixed: boolean } {
  const numeric = readings.filter(
    (r): r is Extract<DateReading, { kind: 'numeric' }> => r?.kind === 'numeric',
  );
  if (numeric.length === 0) return { order: null, mixed: false };
  if (requested !== 'auto') return { order: requested, mixed: false };
  const dayFirst = numeric.some((r) => r.first > 12 && r.second <= 12);
  const monthFirst = numeric.some((r) => r.second > 12 && r.first <= 12);
  return { order: dayFirst && !monthFirst ? 'dmy' : 'mdy', mixed: dayFirst && monthFirst };
}

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const monthName = (m: number) => {
  const name = MONTHS[m - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** The ISO date, or what is wrong with it (words that follow the quoted value). */
export function toIsoDate(
  reading: DateReading | null,
  order: SlashOrder | null,
  mixed: boolean,
): { date: string } | { error: string } {
  if (!reading) return { error: 'is not a date (write it like 2025-06-15 or 6/15/2025)' };
  if (reading.kind === 'ymd') {
    const date = isoOf(reading.y, reading.m, reading.d);
    return date ? { date } : { error: 'is not a real date' };
  }
  const { first, second, y } = reading;
  if (mixed) {
    if (first <= 12 && second <= 12 && first !== second) {
      return {
        error:
          `could be ${monthName(first)} ${second} or ${monthName(second)} ${first}: this file has both ` +
          'month/day/year and day/month/year dates, so choose the date order',
      };
    }
    const date = first > 12 ? isoOf(y, second, first) : isoOf(y, first, second);
    return date ? { date } : { error: 'is not a real date' };
  }
  const dayFirst = order === 'dmy';
  const date = dayFirst ? isoOf(y, second, first) : isoOf(y, first, second);
  if (date) return { date };
  const otherWay = dayFirst ? isoOf(y, first, second) : isoOf(y, second, first);
  return {
    error: otherWay
      ? `is not a ${dayFirst ? 'day/month/year' : 'month/day/year'} date (the date order used for this file)`
      : 'is not a real date',
  };
}
