import { BUILD_STATUS_LABELS, BUILD_STATUSES, type BuildStatus } from '@partwise/shared';
import { useCallback, useId } from 'react';
import { SearchBox } from '../../components/SearchBox';
import type { BuildsView } from './queries';

/** Search as you type (after a short pause) and a status filter, both kept in the URL. */
export function BuildsFilters({
  view,
  update,
}: {
  view: BuildsView;
  update: (change: Partial<BuildsView>) => void;
}) {
  const statusId = useId();
  const onSearch = useCallback((q: string) => update({ q }), [update]);

  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <SearchBox
        value={view.q}
        onSearch={onSearch}
        label="Search builds"
        placeholder="Search builds by name…"
        className="w-full sm:max-w-sm"
      />
      <label htmlFor={statusId} className="sr-only">
        Status
      </label>
      <select
        id={statusId}
        className="select w-full sm:w-48"
        value={view.status}
        onChange={(e) => update({ status: e.target.value as BuildStatus | '' })}
      >
        <option value="">All statuses</option>
        {BUILD_STATUSES.map((status) => (
          <option key={status} value={status}>
            {BUILD_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </div>
  );
}
