import { type Listing, PLATFORM_LABELS, PLATFORMS } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Pagination } from '../../components/Pagination';
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { useToast } from '../../components/toast';
import { errorMessage, isApiError } from '../../lib/api';
import { OverrideDialog, type OverrideRequest } from '../builds/OverrideDialog';
import { useBuildProblems } from '../builds/queries';
import { MarkSoldDialog } from '../sales/MarkSoldDialog';
import type { SoldTarget } from '../sales/SoldTarget';
import { type EditorTarget, ListingEditor } from './ListingEditor';
import { ListingsTable } from './ListingsTable';
import { type ListingMove, listingQueries, useMoveListing } from './queries';

const STATUS_FILTERS = {
  open: { label: 'Drafts and active', value: 'draft,active' },
  draft: { label: 'Drafts', value: 'draft' },
  active: { label: 'Active', value: 'active' },
  ended: { label: 'Ended', value: 'ended' },
  sold: { label: 'Sold', value: 'sold' },
} as const;
type StatusFilter = keyof typeof STATUS_FILTERS;
const isStatusFilter = (s: string): s is StatusFilter => s in STATUS_FILTERS;
const PLATFORM_TABS: [string, string][] = [
  ['', 'All'],
  ...PLATFORMS.map((p): [string, string] => [p, PLATFORM_LABELS[p]]),
];
const MOVE_DONE: Record<ListingMove, string> = { activate: 'is active', end: 'ended', delete: 'deleted' };

export function ListingsPage() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status') ?? 'open';
  const status: StatusFilter = isStatusFilter(statusParam) ? statusParam : 'open';
  const platform = params.get('platform') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const listings = useQuery(listingQueries.list({ status: STATUS_FILTERS[status].value, platform, page }));
  const move = useMoveListing();
  const notify = useToast();
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [selling, setSelling] = useState<SoldTarget | null>(null);
  const [deleting, setDeleting] = useState<Listing | null>(null);

  const setParam = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    });

  const [override, setOverride] = useState<OverrideRequest | null>(null);
  const buildProblems = useBuildProblems();
  // An ended listing can be put live again from the toast ("Undo").
  const moved = (listing: Listing, step: ListingMove) =>
    notify(
      `“${listing.title}” on ${PLATFORM_LABELS[listing.platform]} ${MOVE_DONE[step]}`,
      'success',
      step === 'end' ? { label: 'Undo', run: () => void doMove(listing, 'activate') } : undefined,
    );
  /** A build with problems goes live only with a reason: the server says so, the dialog asks for it. */
  const askWhy = async (listing: Listing, error: unknown) => {
    if (!isApiError(error) || !error.fields.overrideReason || listing.buildId === null) throw error;
    const problems = await buildProblems(listing.buildId).catch(() => []);
    setOverride({
      title: `Put “${listing.title}” live with the build’s problems?`,
      problems: problems.length > 0 ? problems : [error.message],
      confirmLabel: 'Put it live anyway',
      submit: (overrideReason) =>
        move
          .mutateAsync({ id: listing.id, move: 'activate', overrideReason })
          .then(() => moved(listing, 'activate')),
    });
  };
  const doMove = (listing: Listing, step: ListingMove) =>
    move
      .mutateAsync({ id: listing.id, move: step })
      .then(() => moved(listing, step))
      .catch((error: unknown) => (step === 'activate' ? askWhy(listing, error) : Promise.reject(error)))
      .catch((error: unknown) => notify(errorMessage(error), 'error'))
      .finally(() => setDeleting(null));

  return (
    <>
      <PageHeader
        title="Listings"
        description="What you have up for sale, per platform, and what each would bring in after fees."
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div
          role="tablist"
          aria-label="Platform"
          className="tabs tabs-box tabs-sm max-w-full overflow-x-auto"
        >
          {PLATFORM_TABS.map(([p, label]) => (
            <button
              key={p || 'all'}
              type="button"
              role="tab"
              aria-selected={platform === p}
              className={`tab whitespace-nowrap ${platform === p ? 'tab-active' : ''}`}
              onClick={() => setParam('platform', p)}
            >
              {label}
            </button>
          ))}
        </div>
        <label className="flex items-center gap-2 text-sm">
          <span className="text-base-content/70">Show</span>
          <select
            className="select select-sm w-44"
            value={status}
            onChange={(e) => setParam('status', e.target.value === 'open' ? '' : e.target.value)}
          >
            {Object.entries(STATUS_FILTERS).map(([key, f]) => (
              <option key={key} value={key}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="card border border-base-300 bg-base-100 max-sm:border-0 max-sm:bg-transparent">
        <div className="card-body gap-4 p-2 sm:p-4">
          {listings.isPending ? (
            <SkeletonRows rows={4} label="Loading listings" />
          ) : listings.isError ? (
            <ErrorState error={listings.error} onRetry={() => void listings.refetch()} />
          ) : listings.data.total === 0 ? (
            <EmptyState
              icon="tag"
              title={status === 'open' && !platform ? 'Nothing listed yet' : 'No listings here'}
              action={
                <div className="flex flex-wrap justify-center gap-2">
                  <Link to="/builds" className="btn btn-primary btn-sm">
                    Your builds
                  </Link>
                  <Link to="/inventory" className="btn btn-sm">
                    Your inventory
                  </Link>
                </div>
              }
            >
              Open a build or a part and choose “List it”: the listing text is written for you, with the fees
              and what you keep at your price.
            </EmptyState>
          ) : (
            <>
              <ListingsTable
                items={listings.data.items}
                onEdit={(listing) => setEditing({ listing })}
                onSell={(l) =>
                  setSelling({
                    listingId: l.id,
                    partId: l.partId,
                    buildId: l.buildId,
                    itemName: l.itemName,
                    priceCents: l.priceCents,
                    platform: l.platform,
                    delivery: l.delivery,
                  })
                }
                onMove={(listing, step) =>
                  step === 'delete' ? setDeleting(listing) : void doMove(listing, step)
                }
              />
              <Pagination
                page={listings.data.page}
                pageSize={listings.data.pageSize}
                total={listings.data.total}
                onPage={(p) => setParam('page', String(p))}
              />
            </>
          )}
        </div>
      </div>
      <ListingEditor target={editing} onClose={() => setEditing(null)} />
      <MarkSoldDialog target={selling} onClose={() => setSelling(null)} />
      <OverrideDialog request={override} onClose={() => setOverride(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.title ?? ''}”?`}
        confirmLabel="Delete"
        busy={move.isPending}
        onConfirm={() => deleting && void doMove(deleting, 'delete')}
        onCancel={() => setDeleting(null)}
      >
        The listing text is removed for good. The item stays in your inventory.
      </ConfirmDialog>
    </>
  );
}
