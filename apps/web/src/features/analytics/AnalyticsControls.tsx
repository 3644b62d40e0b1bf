import { GRANULARITIES, type Granularity } from '@partwise/shared';
import { useId } from 'react';
import { CustomRangeFields } from '../../components/CustomRangeFields';
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { formatDay } from '../../lib/format';
import { ANALYTICS_PRESET_LABELS, ANALYTICS_PRESETS, canShowDays, isAnalyticsPreset } from './range';
import type { AnalyticsView } from './view';

const GRANULARITY_LABELS: Record<Granularity, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  year: 'Year',
};

/** The period the page covers and how its series is cut. */
export function AnalyticsControls({ view }: { view: AnalyticsView }) {
  const id = useId();
  const { choice, range, custom, granularity, set } = view;
  const dayAllowed = canShowDays(range);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm" htmlFor={`${id}-range`}>
          <span className="text-base-content/70">Period</span>
          <select
            id={`${id}-range`}
            className="select select-sm w-40"
            value={choice}
            onChange={(e) => {
              const value = e.target.value;
              if (!isAnalyticsPreset(value)) return;
              // A custom range starts from the one shown, so only the end that changes needs typing.
              if (value === 'custom') set({ range: value, from: range.from, to: range.to, g: '' });
              else set({ range: value === 'this-month' ? '' : value, from: '', to: '', g: '' });
            }}
          >
            {ANALYTICS_PRESETS.map((preset) => (
              <option key={preset} value={preset}>
                {ANALYTICS_PRESET_LABELS[preset]}
              </option>
            ))}
          </select>
        </label>
        {choice === 'custom' && <CustomRangeFields from={custom.from} to={custom.to} onChange={set} />}
        <SegmentedChoice
          legend="Show by"
          size="sm"
          className="w-full sm:w-auto"
          choices={GRANULARITIES.filter((g) => g !== 'day' || dayAllowed).map((g) => ({
            value: g,
            label: GRANULARITY_LABELS[g],
          }))}
          value={granularity}
          onChange={(g) => set({ g })}
        />
      </div>
      <p className="text-sm text-base-content/60" aria-live="polite">
        {custom.problem ?? `${formatDay(range.from)} – ${formatDay(range.to)}`}
      </p>
    </div>
  );
}
