import { ADMIN_USER_SORTS, type AdminUserSort } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { Pagination } from '../../components/Pagination';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { useCurrentUser } from '../auth/queries';
import { AdminAnalytics } from './AdminAnalytics';
import { AuditLog } from './AuditLog';
import { adminQueries, PAGE_SIZE } from './queries';
import { SystemPanel } from './SystemPanel';
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
  return <AdminConsole meId={me.id} />;
}

const TABS = [
  ['users', 'Users'],
  ['analytics', 'Analytics'],
  ['audit', 'Audit log'],
  ['system', 'System'],
] as const;

function AdminConsole({ meId }: { meId: string }) {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'users';
  return (
    <>
      <PageHeader
        title="Admin"
        description="Accounts, plans, the platform’s numbers (aggregates only), the audit log and the state of the service."
      />
      <div role="tablist" className="tabs tabs-border mb-4" aria-label="Admin sections">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={`tab ${tab === id ? 'tab-active' : ''}`}
            onClick={() => setParams(id === 'users' ? {} : { tab: id })}
          >
            {label}
          </button>
        ))}
      </div>
      {tab === 'analytics' ? (
        <AdminAnalytics
          preset={params.get('range')}
          onPreset={(range) => setParams({ tab: 'analytics', range }, { replace: true })}
        />
      ) : tab === 'audit' ? (
        <AuditLog />
      ) : tab === 'system' ? (
        <SystemPanel />
      ) : (
        <AdminUsers meId={meId} />
      )}
    </>
  );
}

const SORT_LABELS: Record<AdminUserSort, string> = {
  signup: 'Signed up, oldest first',
  '-signup': 'Signed up, newest first',
  active: 'Last active, longest ago first',
  '-active': 'Last active, most recent first',
};

function AdminUsers({ meId }: { meId: string }) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const sortParam = params.get('sort');
  const sort = (ADMIN_USER_SORTS as readonly string[]).includes(sortParam ?? '')
    ? (sortParam as AdminUserSort)
    : 'signup';
  const users = useQuery(adminQueries.users({ q, page, sort }));

  // The search lives in the URL, so a view can be bookmarked; a new search starts on page 1.
  const onSearch = useCallback(
    (text: string) =>
      setParams(
        { ...(text.trim() ? { q: text.trim() } : {}), ...(sort !== 'signup' ? { sort } : {}) },
        { replace: true },
      ),
    [setParams, sort],
  );

  const goTo = (next: number) => {
    const nextParams: Record<string, string> = { page: String(next) };
    if (q) nextParams.q = q;
    if (sort !== 'signup') nextParams.sort = sort;
    setParams(nextParams);
  };
  const total = users.data?.total ?? 0;

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
          <label className="grid gap-1">
            <span className="text-sm font-medium">Sort by</span>
            <select
              className="select select-sm"
              value={sort}
              onChange={(e) => setParams({ ...(q ? { q } : {}), sort: e.target.value })}
            >
              {ADMIN_USER_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
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
        <Pagination page={page} pageSize={PAGE_SIZE} total={total} onPage={goTo} />
      </div>
    </div>
  );
}
