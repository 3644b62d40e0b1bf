import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { CustomRangeFields } from '../../components/CustomRangeFields';
import {
  type DateRange,
  isPreset,
  presetRange,
  RANGE_LABELS,
  RANGE_PRESETS,
  type RangePreset,
} from '../../lib/date-range';
import { useToday } from '../account/time-zone';

type Choice = RangePreset | 'all';

/** The range in the URL (`?range=last-month` or `?range=custom&from=…&to=…`), with the page's default. */
export function useRange(fallback: Choice) {
  const [params, setParams] = useSearchParams();
  const today = useToday();
  const raw = params.get('range');
  const choice: Choice = raw === 'all' ? 'all' : isPreset(raw) ? raw : fallback;
  const custom = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const range: Partial<DateRange> =
    choice === 'all'
      ? {}
      : choice === 'custom'
        ? { ...(custom.from && { from: custom.from }), ...(custom.to && { to: custom.to }) }
        : presetRange(choice, today);
  const set = (change: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [k, v] of Object.entries(change)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      next.delete('page');
      return next;
    });
  return { choice, range, custom, set };
}

export function RangeFilter({ fallback, allowAll }: { fallback: Choice; allowAll?: boolean }) {
  const { choice, range, custom, set } = useRange(fallback);
  const id = useId();
  const choices: Choice[] = allowAll ? ['all', ...RANGE_PRESETS] : [...RANGE_PRESETS];
  const choose = (value: Choice) =>
    value === 'custom'
      ? set({ range: 'custom', from: range.from ?? '', to: range.to ?? '' })
      : set({ range: value === fallback ? '' : value, from: '', to: '' });
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-sm" htmlFor={`${id}-range`}>
        <span className="text-base-content/70">Period</span>
        <select
          id={`${id}-range`}
          className="select select-sm w-40"
          value={choice}
          onChange={(e) => {
            const value = e.target.value;
            if (value === 'all' || isPreset(value)) choose(value);
          }}
        >
          {choices.map((c) => (
            <option key={c} value={c}>
              {c === 'all' ? 'All time' : RANGE_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      {choice === 'custom' && <CustomRangeFields from={custom.from} to={custom.to} onChange={set} />}
    </div>
  );
}
