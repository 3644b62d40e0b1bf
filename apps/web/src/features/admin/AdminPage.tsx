import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { useCurrentUser } from '../auth/queries';
import { AdminAnalytics } from './AdminAnalytics';
import { adminQueries, PAGE_SIZE } from './queries';
import { UsersTable } from './UsersTable';

export function AdminPage() {
  const me = useCurrentUser();
  if (me.role !== 'admin') {
    return (
      <div className="card border border-base-300 bg-base-100">
        <EmptyState icon="lock" title="You are not allowed here">
          The admin area is for administrators of this Partwise Forge. If you need access, ask one of them.
        </EmptyState>
      </div>
    );
  }
  return <AdminTabs meId={me.id} />;
}

/** Users, or the platform's numbers and jobs: the tab is in the URL (`?tab=analytics`). */
function AdminTabs({ meId }: { meId: string }) {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'analytics' ? 'analytics' : 'users';
  return (
    <>
      <PageHeader
        title="Admin"
        description={
          tab === 'users'
            ? 'Everyone with an account: find a person, suspend or reinstate them.'
            : 'The platform as a whole (aggregates only, never one person’s records), and the scheduled jobs.'
        }
      />
      <div role="tablist" aria-label="Admin" className="tabs tabs-border mb-4">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'users'}
          className={`tab ${tab === 'users' ? 'tab-active' : ''}`}
          onClick={() => setParams({})}
        >
          Users
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'analytics'}
          className={`tab ${tab === 'analytics' ? 'tab-active' : ''}`}
          onClick={() => setParams({ tab: 'analytics' })}
        >
          Analytics
        </button>
      </div>
      {tab === 'users' ? (
        <AdminUsers meId={meId} />
      ) : (
        <AdminAnalytics
          preset={params.get('range')}
          onPreset={(range) => setParams({ tab: 'analytics', range }, { replace: true })}
        />
      )}
    </>
  );
}

function AdminUsers({ meId }: { meId: string }) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const users = useQuery(adminQueries.users({ q, page }));

  // The search lives in the URL, so a view can be bookmarked; a new search starts on page 1.
  const onSearch = useCallback(
    (text: string) => setParams(text.trim() ? { q: text.trim() } : {}, { replace: true }),
    [setParams],
  );

  const goTo = (next: number) => {
    const nextParams: Record<string, string> = { page: String(next) };
    if (q) nextParams.q = q;
    setParams(nextParams);
  };
  const total = users.data?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="card border border-base-300 bg-base-100">
      <div className="card-body gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <SearchBox
            value={q}
            onSearch={onSearch}
            label="Search users"
            placeholder="Email or name"
            showLabel
            className="w-full sm:max-w-sm"
          />
          {users.isSuccess && (
            <p className="text-sm text-base-content/60" aria-live="polite">
              {total} {total === 1 ? 'user' : 'users'}
            </p>
          )}
        </div>
        {users.isPending && <SkeletonRows rows={4} label="Loading users" />}
        {users.isError && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
        {users.isSuccess && users.data.items.length === 0 && (
          <EmptyState icon="search" title="No users match">
            Nobody’s email or name contains “{q}”. Check the spelling or clear the search.
          </EmptyState>
        )}
        {users.isSuccess && users.data.items.length > 0 && (
          <UsersTable users={users.data.items} meId={meId} />
        )}
        {lastPage > 1 && (
          <div className="join self-center">
            <button
              type="button"
              className="btn join-item"
              disabled={page <= 1}
              onClick={() => goTo(page - 1)}
            >
              Previous
            </button>
            <span className="btn join-item pointer-events-none">
              Page {page} of {lastPage}
            </span>
            <button
              type="button"
              className="btn join-item"
              disabled={page >= lastPage}
              onClick={() => goTo(page + 1)}
            >
              Next
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
