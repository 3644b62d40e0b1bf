import type { Sale } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { Pagination } from '../../components/Pagination';
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { saleQueries, salesExportUrl } from './queries';
import { RangeFilter, useRange } from './RangeFilter';
import { RefundDialog } from './RefundDialog';
import { SalesTable } from './SalesTable';
import { SalesTabs } from './SalesTabs';

export function SalesPage() {
  const { range, choice } = useRange('all');
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  // Voided sales are kept for their history but count nowhere: they are shown only on their own.
  const voided = params.get('voided') === 'true' ? ('true' as const) : undefined;
  const sales = useQuery(saleQueries.list({ ...range, page, voided }));
  const toggleVoided = () =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (voided) next.delete('voided');
      else next.set('voided', 'true');
      next.delete('page');
      return next;
    });
  const [refunding, setRefunding] = useState<Sale | null>(null);

  return (
    <>
      <PageHeader title="Sales" description="Everything you sold and what it really earned." />
      <SalesTabs />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <RangeFilter fallback="all" allowAll />
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            aria-pressed={voided === 'true'}
            onClick={toggleVoided}
          >
            {voided ? 'Back to the ledger' : 'Voided sales'}
          </button>
          <a href={salesExportUrl({ ...range, voided })} download className="btn btn-sm">
            <Icon name="download" className="size-4" />
            Export CSV
          </a>
        </div>
      </div>
      <div className="card border border-base-300 bg-base-100 max-sm:border-0 max-sm:bg-transparent">
        <div className="card-body gap-4 p-2 sm:p-4">
          {sales.isPending ? (
            <SkeletonRows rows={4} label="Loading sales" />
          ) : sales.isError ? (
            <ErrorState error={sales.error} onRetry={() => void sales.refetch()} />
          ) : sales.data.total === 0 ? (
            <EmptyState
              icon="dollar"
              title={
                voided ? 'No voided sales' : choice === 'all' ? 'No sales yet' : 'No sales in this period'
              }
              action={
                <Link to="/listings" className="btn btn-primary btn-sm">
                  Your listings
                </Link>
              }
            >
              Choose “Mark as sold” on a listing, a build or a part: the fees are filled in from the platform
              and the profit is counted here.
            </EmptyState>
          ) : (
            <>
              <div className="overflow-x-auto">
                <SalesTable
                  items={sales.data.items}
                  totals={sales.data.totals}
                  onRefund={setRefunding}
                  showTotals={!voided}
                />
              </div>
              <Pagination
                page={sales.data.page}
                pageSize={sales.data.pageSize}
                total={sales.data.total}
                onPage={(p) =>
                  setParams((current) => {
                    const next = new URLSearchParams(current);
                    next.set('page', String(p));
                    return next;
                  })
                }
              />
            </>
          )}
        </div>
      </div>
      <RefundDialog sale={refunding} onClose={() => setRefunding(null)} />
    </>
  );
}
