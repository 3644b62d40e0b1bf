import type { Category, HistoryEntry } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, SkeletonRows } from '../../components/states';
import { formatDateTime } from '../../lib/format';
import { actionText, actorText, changeLines, QUIET_ACTIONS } from './history-text';
import { partQueries } from './queries';

/** Who changed what, from what to what, and when: newest first. */
export function PartHistory({ partId, category }: { partId: number; category: Category }) {
  const history = useQuery(partQueries.history(partId));
  if (history.isPending) return <SkeletonRows rows={2} label="Loading the history" />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  return <HistoryTimeline items={history.data.items} category={category} />;
}

/** A record's changes (a part's, a lot's), newest first: who, what, from what to what, and when. */
export function HistoryTimeline({
  items,
  category,
  created,
}: {
  items: HistoryEntry[];
  category?: Category;
  /** How the record's creation reads ("recorded the sale"); "added it" by default. */
  created?: string;
}) {
  const entries = [...items].reverse();
  if (entries.length === 0) return <p className="text-sm text-base-content/60">No changes recorded.</p>;
  return (
    <ol className="relative flex flex-col gap-4 border-l border-base-300 pl-5">
      {entries.map((entry) => {
        const lines = QUIET_ACTIONS.has(entry.action) ? [] : changeLines(entry.changes, category);
        return (
          <li key={entry.id} className="relative">
            <span
              className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full bg-primary ring-4 ring-base-100"
              aria-hidden="true"
            />
            <p className="text-sm">
              <span className="font-medium">{actorText(entry.via)}</span>{' '}
              {entry.action === 'create' && created ? created : actionText(entry.action, entry.changes)}
              <span className="text-base-content/60">
                {' · '}
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
              </span>
            </p>
            {lines.length > 0 && (
              <ul className="mt-1 flex flex-col gap-0.5 text-sm text-base-content/80">
                {lines.map((line) => (
                  <li key={line.field}>
                    {line.field}:{' '}
                    <span className="text-base-content/60 line-through decoration-base-content/30">
                      {line.from}
                    </span>{' '}
                    → <span className="font-medium">{line.to}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
