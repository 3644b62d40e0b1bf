import type { PartListItem } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { Pagination } from '../../components/Pagination';
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { BulkBar } from './BulkBar';
import { EmptyInventory } from './EmptyInventory';
import { InventoryActions } from './InventoryActions';
import { InventoryFilters, NO_FILTERS } from './InventoryFilters';
import { PartsTable } from './PartsTable';
import { partQueries } from './queries';
import { SummaryStrip } from './SummaryStrip';
import { hasFilters, PAGE_SIZE, useInventoryView } from './view';

export function InventoryPage() {
  const { view, update } = useInventoryView();
  const parts = useQuery(partQueries.list(view));
  const [selected, setSelected] = useState<Map<number, PartListItem>>(new Map());
  const [params] = useSearchParams();
  const viewKey = params.toString();

  // A selection belongs to what is on screen: another page or filter starts a new one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: viewKey is the trigger, not a value used
  useEffect(() => setSelected(new Map()), [viewKey]);

  const toggle = (part: PartListItem) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(part.id)) next.delete(part.id);
      else next.set(part.id, part);
      return next;
    });
  const toggleAll = (select: boolean) =>
    setSelected(select ? new Map(parts.data?.items.map((p) => [p.id, p])) : new Map());

  const filtered = hasFilters(view);
  // A new user's shelf: the ways to fill it, without filters and zeros that have nothing to act on.
  const empty = parts.isSuccess && parts.data.total === 0 && !filtered;
  return (
    <>
      <PageHeader
        title="Inventory"
        description={
          <>
            Every part you own, what it cost and where it came from.{' '}
            <Link to="/lots" className="link link-primary">
              See your lots
            </Link>
          </>
        }
        actions={<InventoryActions view={view} />}
      />
      {!empty && <SummaryStrip />}
      <section className="card border border-base-300 bg-base-100">
        <div className="card-body gap-4 p-4 sm:p-6 lg:p-4 2xl:p-6">
          {!empty && <InventoryFilters view={view} update={update} />}
          {selected.size > 0 && (
            <BulkBar selected={[...selected.values()]} onDone={() => setSelected(new Map())} />
          )}
          {parts.isPending && <SkeletonRows rows={6} label="Loading parts" />}
          {parts.isError && <ErrorState error={parts.error} onRetry={() => void parts.refetch()} />}
          {empty && <EmptyInventory />}
          {parts.isSuccess && parts.data.items.length === 0 && parts.data.total > 0 && (
            <EmptyState
              icon="search"
              title="This page is past the end"
              action={
                <button type="button" className="btn btn-sm" onClick={() => update({ page: 1 })}>
                  Go to the first page
                </button>
              }
            >
              There are {parts.data.total} parts here, on fewer pages than the link asked for.
            </EmptyState>
          )}
          {parts.isSuccess && parts.data.total === 0 && filtered && (
            <EmptyState
              icon="search"
              title="No parts match"
              action={
                <button type="button" className="btn btn-sm" onClick={() => update(NO_FILTERS)}>
                  <Icon name="x" className="size-4" />
                  Clear filters
                </button>
              }
            >
              Nothing in your inventory fits these filters{view.q ? ` and “${view.q.trim()}”` : ''}.
            </EmptyState>
          )}
          {parts.isSuccess && parts.data.items.length > 0 && (
            <div className={parts.isPlaceholderData ? 'opacity-60 transition-opacity' : ''}>
              <PartsTable
                parts={parts.data.items}
                sort={view.sort}
                onSort={(sort) => update({ sort })}
                selected={new Set(selected.keys())}
                onToggle={toggle}
                onToggleAll={toggleAll}
              />
            </div>
          )}
          {parts.isSuccess && (
            <Pagination
              page={view.page}
              pageSize={PAGE_SIZE}
              total={parts.data.total}
              onPage={(page) => update({ page })}
            />
          )}
        </div>
      </section>
    </>
  );
}
