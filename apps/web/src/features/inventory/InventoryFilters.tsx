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
import { SearchBox } from './SearchBox';
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
};

export function InventoryFilters({ view, update }: { view: InventoryView; update: Update }) {
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  return (
    <div className="flex flex-col gap-3">
      <SearchBox value={view.q} onSearch={onSearch} />
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
        <select
          className={`select select-sm sm:w-44 ${view.condition ? 'select-primary' : ''}`}
          aria-label="Condition"
          value={view.condition}
          onChange={(e) => update({ condition: e.target.value as Condition | '' })}
        >
          <option value="">Condition: All</option>
          {CONDITIONS.map((c) => (
            <option key={c} value={c}>
              {CONDITION_LABELS[c]}
            </option>
          ))}
        </select>
        <div className="col-span-2 flex items-center gap-2">
          <span className="text-sm whitespace-nowrap text-base-content/60">Acquired</span>
          <input
            type="date"
            className="input input-sm w-full sm:w-36"
            aria-label="Acquired from"
            value={view.acquiredFrom}
            max={view.acquiredTo || undefined}
            onChange={(e) => update({ acquiredFrom: e.target.value })}
          />
          <span className="text-base-content/60">to</span>
          <input
            type="date"
            className="input input-sm w-full sm:w-36"
            aria-label="Acquired to"
            value={view.acquiredTo}
            min={view.acquiredFrom || undefined}
            onChange={(e) => update({ acquiredTo: e.target.value })}
          />
        </div>
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
