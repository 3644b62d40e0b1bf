import { BUILD_STATUS_LABELS, BUILD_STATUSES, type BuildStatus } from '@partwise/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import type { BuildsView } from './queries';

/** Search as you type (after a short pause) and a status filter, both kept in the URL. */
export function BuildsFilters({
  view,
  update,
}: {
  view: BuildsView;
  update: (change: Partial<BuildsView>) => void;
}) {
  const searchId = useId();
  const statusId = useId();
  const [text, setText] = useState(view.q);
  const sent = useRef(view.q);

  useEffect(() => {
    if (view.q.trim() === sent.current.trim()) return;
    sent.current = view.q;
    setText(view.q);
  }, [view.q]);

  useEffect(() => {
    if (text.trim() === sent.current.trim()) return;
    const timer = window.setTimeout(() => {
      sent.current = text;
      update({ q: text });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [text, update]);

  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <label htmlFor={searchId} className="sr-only">
        Search builds
      </label>
      <label className="input w-full sm:max-w-sm">
        <Icon name="search" className="size-4 opacity-60" />
        <input
          id={searchId}
          type="search"
          placeholder="Search builds by name…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
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
