import {
  CATEGORIES,
  CATEGORY_LABELS,
  CONDITION_LABELS,
  CONDITIONS,
  type Condition,
  PART_STATUS_LABELS,
  PART_STATUSES,
} from '@partwise/shared';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { MultiSelect } from '../../components/MultiSelect';
import { SearchBox } from '../../components/SearchBox';
import { useEcho } from '../../components/useEcho';
import { hasFilters, type InventoryView } from './view';

type Update = (change: Partial<InventoryView>, options?: { replace?: boolean }) => void;

export const NO_FILTERS: Partial<InventoryView> = {
  q: '',
  status: [],
  category: [],
  condition: '',
  acquiredFrom: '',
  acquiredTo: '',
  lotId: '',
  worthMore: false,
};

export function InventoryFilters({ view, update }: { view: InventoryView; update: Update }) {
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  return (
    <div className="flex flex-col gap-3">
      <SearchBox
        value={view.q}
        onSearch={onSearch}
        label="Search parts"
        placeholder="Search name, brand, serial, notes…"
      />
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        <MultiSelect
          label="Status"
          options={PART_STATUSES}
          labels={PART_STATUS_LABELS}
          value={view.status}
          onChange={(status) => update({ status })}
        />
        <MultiSelect
          label="Category"
          options={CATEGORIES}
          labels={CATEGORY_LABELS}
          value={view.category}
          onChange={(category) => update({ category })}
        />
        <ConditionFilter value={view.condition} onChange={(condition) => update({ condition })} />
        <DateRangeFilter
          from={view.acquiredFrom}
          to={view.acquiredTo}
          onChange={(acquiredFrom, acquiredTo) => update({ acquiredFrom, acquiredTo })}
        />
        <label className="flex items-center gap-2 text-sm whitespace-nowrap">
          <input
            type="checkbox"
            className="toggle toggle-sm"
            checked={view.worthMore}
            onChange={(e) => update({ worthMore: e.target.checked })}
          />
          Worth more than it cost
        </label>
        {view.lotId && (
          <span className="badge badge-primary badge-soft gap-1 py-3">
            <Link to={`/lots/${view.lotId}`} className="link-hover">
              Lot #{view.lotId}
            </Link>
            <button
              type="button"
              className="btn btn-ghost btn-xs btn-circle"
              aria-label="Show parts of every lot"
              onClick={() => update({ lotId: '' })}
            >
              <Icon name="x" className="size-3.5" />
            </button>
          </span>
        )}
        {hasFilters(view) && (
          <button
            type="button"
            className="btn btn-ghost btn-sm col-span-2"
            onClick={() => update(NO_FILTERS)}
          >
            <Icon name="x" className="size-4" />
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}

function ConditionFilter({
  value: outer,
  onChange,
}: {
  value: Condition | '';
  onChange: (condition: Condition | '') => void;
}) {
  const [value, setValue] = useEcho(outer);
  return (
    <select
      className={`select select-sm sm:w-44 ${value ? 'select-primary' : ''}`}
      aria-label="Condition"
      value={value}
      onChange={(e) => {
        const next = e.target.value as Condition | '';
        setValue(next);
        onChange(next);
      }}
    >
      <option value="">Condition: All</option>
      {CONDITIONS.map((c) => (
        <option key={c} value={c}>
          {CONDITION_LABELS[c]}
        </option>
      ))}
    </select>
  );
}

function DateRangeFilter(props: { from: string; to: string; onChange: (from: string, to: string) => void }) {
  const [from, setFrom] = useEcho(props.from);
  const [to, setTo] = useEcho(props.to);
  return (
    <div className="col-span-2 flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className="w-full text-xs whitespace-nowrap text-base-content/60 sm:w-auto sm:text-sm">
        Acquired
      </span>
      <input
        type="date"
        className="input input-sm min-w-0 flex-1 sm:w-36 sm:flex-none"
        aria-label="Acquired from"
        value={from}
        max={to || undefined}
        onChange={(e) => {
          setFrom(e.target.value);
          props.onChange(e.target.value, to);
        }}
      />
      <span className="text-base-content/60">to</span>
      <input
        type="date"
        className="input input-sm min-w-0 flex-1 sm:w-36 sm:flex-none"
        aria-label="Acquired to"
        value={to}
        min={from || undefined}
        onChange={(e) => {
          setTo(e.target.value);
          props.onChange(from, e.target.value);
        }}
      />
    </div>
  );
}
