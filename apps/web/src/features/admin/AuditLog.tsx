import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { Pagination } from '../../components/Pagination';
import { Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, ErrorState, SkeletonRows } from '../../components/states';
import { withQuery } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { adminQueries, PAGE_SIZE } from './queries';

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

const ACTIONS: Record<string, string> = {
  role: 'changed the role',
  suspend: 'suspended',
  reinstate: 'reinstated',
  comp: 'granted a plan',
  'comp-end': 'ended a granted plan',
  'usage-reset': 'reset the month’s tokens',
  customer: 'created the Stripe customer',
};

export function AuditLog() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const log = useQuery(adminQueries.audit({ q, page }));
  const onSearch = useCallback(
    (text: string) =>
      setParams(text.trim() ? { tab: 'audit', q: text.trim() } : { tab: 'audit' }, { replace: true }),
    [setParams],
  );
  const total = log.data?.total ?? 0;
  const goTo = (next: number) => setParams({ tab: 'audit', page: String(next), ...(q ? { q } : {}) });

  return (
    <div className="card border border-base-300 bg-base-100">
      <div className="card-body gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <SearchBox
            value={q}
            onSearch={onSearch}
            label="Search the audit log"
            placeholder="Email, name or action"
            showLabel
            className="w-full sm:max-w-sm"
          />
          <a className="btn btn-outline btn-sm" href={withQuery('/api/v1/admin/audit.csv', { q })} download>
            <Icon name="download" className="size-4" /> Download CSV
          </a>
        </div>
        {log.isPending && <SkeletonRows rows={4} label="Loading the audit log" />}
        {log.isError && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
        {log.isSuccess && log.data.items.length === 0 && (
          <EmptyState icon="search" title="Nothing recorded">
            {q
              ? `No admin or billing event matches “${q}”.`
              : 'Admin and billing events will be listed here.'}
          </EmptyState>
        )}
        {log.isSuccess && log.data.items.length > 0 && (
          <ResponsiveTable caption="Audit log" head={['When', 'Who', 'What', 'Account', 'Before → after']}>
            {log.data.items.map((entry) => (
              <Row key={entry.id}>
                <Cell label="When" className="whitespace-nowrap">
                  {formatDateTime(entry.at)}
                </Cell>
                <Cell label="Who" className="break-all">
                  {entry.actor?.email ?? (entry.via === 'webhook' ? 'Stripe' : 'the system')}
                </Cell>
                <Cell label="What">{ACTIONS[entry.action] ?? entry.action}</Cell>
                <Cell label="Account" className="break-all">
                  {entry.subject.email}
                </Cell>
                <Cell label="Before → after">
                  <ul className="text-sm">
                    {Object.entries(entry.changes).map(([field, { from, to }]) => (
                      <li key={field}>
                        <span className="text-base-content/60">{field}:</span> {show(from)} → {show(to)}
                      </li>
                    ))}
                  </ul>
                </Cell>
              </Row>
            ))}
          </ResponsiveTable>
        )}
        <Pagination page={page} pageSize={PAGE_SIZE} total={total} onPage={goTo} />
      </div>
    </div>
  );
}
