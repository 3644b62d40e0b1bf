import { BUILD_STATUSES, type BuildStatus } from '@partwise/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { BuildsView } from './queries';

const isStatus = (value: string): value is BuildStatus =>
  (BUILD_STATUSES as readonly string[]).includes(value);

/** The builds list's filters live in the URL, so a view can be bookmarked; malformed values are ignored. */
export function useBuildsView() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const view = useMemo<BuildsView>(
    () => ({ status: isStatus(status) ? status : '', q, page }),
    [status, q, page],
  );

  const update = useCallback(
    (change: Partial<BuildsView>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          // Another filter starts again on page 1.
          const merged = { page: 1, ...change };
          for (const [key, value] of Object.entries(merged)) {
            if (value === '' || (key === 'page' && value === 1)) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: 'q' in change },
      ),
    [setParams],
  );
  return { view, update };
}
