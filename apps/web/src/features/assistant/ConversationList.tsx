import { useQuery } from '@tanstack/react-query';
import { Icon } from '../../components/Icon';
import { ErrorState, SkeletonRows } from '../../components/states';
import { formatDateTime } from '../../lib/format';
import { assistantQueries } from './queries';

/** Earlier conversations, the most recent first, and a way to start a new one. */
export function ConversationList({
  selected,
  onSelect,
}: {
  selected: number | null;
  onSelect: (id: number | null) => void;
}) {
  const list = useQuery(assistantQueries.conversations());
  return (
    <nav aria-label="Conversations" className="flex flex-col gap-2">
      <button type="button" className="btn btn-outline btn-sm" onClick={() => onSelect(null)}>
        <Icon name="plus" className="size-4" />
        New conversation
      </button>
      {list.isPending && <SkeletonRows rows={3} label="Loading your conversations" />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.data.items.length === 0 && (
        <p className="px-1 text-sm text-base-content/60">Your conversations will be listed here.</p>
      )}
      {list.isSuccess && list.data.items.length > 0 && (
        <ul className="menu w-full gap-1 p-0">
          {list.data.items.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className={`flex flex-col items-start gap-0 ${c.id === selected ? 'menu-active' : ''}`}
                aria-current={c.id === selected ? 'page' : undefined}
                onClick={() => onSelect(c.id)}
              >
                <span className="line-clamp-2 text-left">{c.title}</span>
                <span className="text-xs opacity-60">{formatDateTime(c.updatedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
