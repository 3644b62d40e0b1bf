import {
  addDays,
  daysBetween,
  type Granularity,
  MAX_DAY_SERIES_DAYS,
  MAX_RANGE_DAYS,
} from '@partwise/shared';
import type { Acting } from '../../core/caller';
import { AppError } from '../../core/errors';

export interface Range {
  from: string;
  to: string;
}

/** The asked range, by default this month up to today (the caller's dates), checked for its length. */
export function resolveRange(
  who: Acting,
  q: { from?: string | undefined; to?: string | undefined },
  granularity?: Granularity,
): Range {
  const to = q.to ?? (q.from && q.from > who.today ? q.from : who.today);
  const from = q.from ?? (to < who.today ? `${to.slice(0, 7)}-01` : `${who.today.slice(0, 7)}-01`);
  if (from > to)
    throw new AppError('VALIDATION_FAILED', 'The range ends before it starts', {
      from: 'must not be after to',
    });
  const days = daysBetween(from, to) + 1;
  if (granularity === 'day' && days > MAX_DAY_SERIES_DAYS)
    throw new AppError(
      'VALIDATION_FAILED',
      'A day-by-day series covers at most 5 years: choose weeks or months',
      {
        to: 'must be at most 5 years after from for granularity=day',
      },
    );
  if (days > MAX_RANGE_DAYS)
    throw new AppError('VALIDATION_FAILED', 'A range covers at most 100 years', {
      to: 'must be at most 100 years after from',
    });
  return { from, to };
}

/** The range of the same length just before. */
export function previousRange({ from, to }: Range): Range {
  const length = daysBetween(from, to) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

export const ratioOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
