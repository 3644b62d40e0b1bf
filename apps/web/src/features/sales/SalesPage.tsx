import type { Sale } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '../../components/Pagination';
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { saleQueries } from './queries';
import { RangeFilter, useRange } from './RangeFilter';
import { RefundDialog } from './RefundDialog';
import { SalesTable } from './SalesTable';
import { SalesTabs } from './SalesTabs';

export function SalesPage() {
  const { range, choice } = useRange('all');
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const sales = useQuery(saleQueries.list({ ...range, page }));
  const [refunding, setRefunding] = useState<Sale | null>(null);

  return (
    <>
      <PageHeader title="Sales" description="Everything you sold and what it really earned." />
      <SalesTabs />
      <div className="mb-4">
        <RangeFilter fallback="all" allowAll />
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
              title={choice === 'all' ? 'No sales yet' : 'No sales in this period'}
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
                <SalesTable items={sales.data.items} totals={sales.data.totals} onRefund={setRefunding} />
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
