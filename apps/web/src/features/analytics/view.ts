import { GRANULARITIES, type Granularity } from '@partwise/shared';
import { useSearchParams } from 'react-router';
import type { DateRange } from '../../lib/date-range';
import { useToday } from '../account/time-zone';
import {
  type AnalyticsPreset,
  analyticsRange,
  canShowDays,
  defaultGranularity,
  isAnalyticsPreset,
} from './range';

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isGranularity = (value: string | null): value is Granularity =>
  (GRANULARITIES as readonly string[]).includes(value ?? '');

export interface AnalyticsView {
  choice: AnalyticsPreset;
  range: DateRange;
  /** The custom dates as typed, and why they are not used yet (null when they are). */
  custom: { from: string; to: string; problem: string | null };
  granularity: Granularity;
  set: (change: Record<string, string>) => void;
}

/** The page's range and granularity, kept in the URL (`?range=last-year&g=week`) so a view can be bookmarked. */
export function useAnalyticsView(): AnalyticsView {
  const [params, setParams] = useSearchParams();
  const today = useToday();
  const raw = params.get('range');
  const choice: AnalyticsPreset = isAnalyticsPreset(raw) ? raw : 'this-month';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const problem =
    choice !== 'custom'
      ? null
      : !isDate(from) || !isDate(to)
        ? 'Pick both dates to see that range; this month is shown until then.'
        : from > to
          ? 'The first date is after the last; this month is shown until that is fixed.'
          : null;
  const range =
    choice === 'custom'
      ? problem
        ? analyticsRange('this-month', today)
        : { from, to }
      : analyticsRange(choice, today);
  const asked = params.get('g');
  const granularity =
    isGranularity(asked) && (asked !== 'day' || canShowDays(range)) ? asked : defaultGranularity(range);
  const set = (change: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return { choice, range, custom: { from, to, problem }, granularity, set };
}
