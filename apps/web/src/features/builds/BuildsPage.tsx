import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Icon } from '../../components/Icon';
import { Pagination } from '../../components/Pagination';
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { BuildsFilters } from './BuildsFilters';
import { BuildsTable } from './BuildsTable';
import { NewBuildDialog } from './NewBuildDialog';
import { BUILDS_PAGE_SIZE, buildQueries } from './queries';
import { SuggestBuildDialog } from './SuggestBuildDialog';
import { useBuildsView } from './view';

export function BuildsPage() {
  const { view, update } = useBuildsView();
  const builds = useQuery(buildQueries.list(view));
  const [creating, setCreating] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const filtered = view.status !== '' || view.q.trim() !== '';
  const newBuild = (
    <button type="button" className="btn btn-primary btn-sm" onClick={() => setCreating(true)}>
      <Icon name="plus" className="size-4" />
      New build
    </button>
  );
  const actions = (
    <div className="flex flex-wrap gap-2">
      <button type="button" className="btn btn-sm" onClick={() => setSuggesting(true)}>
        <Icon name="sparkles" className="size-4" />
        Suggest a build
      </button>
      {newBuild}
    </div>
  );

  return (
    <>
      <PageHeader
        title="Builds"
        description="PCs you are putting together: what they cost so far, what is still to buy and what they should earn."
        actions={actions}
      />
      <section className="card border border-base-300 bg-base-100">
        <div className="card-body gap-4 p-4 sm:p-6">
          {(filtered || (builds.data?.total ?? 0) > 0) && <BuildsFilters view={view} update={update} />}
          {builds.isPending && <SkeletonRows rows={4} label="Loading builds" />}
          {builds.isError && <ErrorState error={builds.error} onRetry={() => void builds.refetch()} />}
          {builds.isSuccess && builds.data.total === 0 && !filtered && (
            <EmptyState icon="wrench" title="No builds yet" action={newBuild}>
              A build is a PC you plan to sell. Give it slots — CPU, motherboard, memory and the rest — filled
              from the parts you have in stock or planned as purchases, and see whether they fit together,
              what the PC costs and what it should earn.
            </EmptyState>
          )}
          {builds.isSuccess && builds.data.total === 0 && filtered && (
            <EmptyState
              icon="search"
              title="No builds match"
              action={
                <button
                  type="button"
                  className="btn btn-sm"
                  onClick={() => update({ status: '', q: '', page: 1 })}
                >
                  <Icon name="x" className="size-4" />
                  Clear filters
                </button>
              }
            >
              None of your builds fits this status or search.
            </EmptyState>
          )}
          {builds.isSuccess && builds.data.items.length > 0 && (
            <div className={builds.isPlaceholderData ? 'opacity-60 transition-opacity' : ''}>
              <BuildsTable builds={builds.data.items} />
            </div>
          )}
          {builds.isSuccess && (
            <Pagination
              page={view.page}
              pageSize={BUILDS_PAGE_SIZE}
              total={builds.data.total}
              onPage={(page) => update({ page })}
            />
          )}
        </div>
      </section>
      <NewBuildDialog open={creating} onClose={() => setCreating(false)} />
      <SuggestBuildDialog open={suggesting} onClose={() => setSuggesting(false)} />
    </>
  );
}
