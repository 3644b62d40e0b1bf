import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { Pagination } from '../../components/Pagination';
import { Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { formatDay, sourceLabel } from '../../lib/format';
import { LOTS_PAGE_SIZE, lotQueries } from './queries';

export function LotsPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const lots = useQuery(lotQueries.list(page));
  return (
    <>
      <PageHeader
        title="Lots"
        description="Parts bought together for one price (a whole PC, a box of parts), with the price split across them."
        actions={
          <div className="flex gap-2">
            <Link to="/inventory" className="btn btn-sm">
              <Icon name="cube" className="size-4" />
              Inventory
            </Link>
            <Link to="/lots/new" className="btn btn-primary btn-sm">
              <Icon name="plus" className="size-4" />
              New lot
            </Link>
          </div>
        }
      />
      <section className="card border border-base-300 bg-base-100">
        <div className="card-body gap-4 p-4 sm:p-6">
          {lots.isPending && <SkeletonRows rows={4} label="Loading lots" />}
          {lots.isError && <ErrorState error={lots.error} onRetry={() => void lots.refetch()} />}
          {lots.isSuccess && lots.data.total === 0 && (
            <EmptyState
              icon="bag"
              title="No lots yet"
              action={
                <Link to="/lots/new" className="btn btn-primary btn-sm">
                  Enter a lot
                </Link>
              }
            >
              Bought a whole PC or a box of parts for one price? Enter it as a lot and the price is split
              across the parts.
            </EmptyState>
          )}
          {lots.isSuccess && lots.data.items.length > 0 && (
            <ResponsiveTable
              caption="Your lots"
              head={['Name', 'Bought', 'Source', 'Parts', 'Total']}
              alignRight={['Parts', 'Total']}
            >
              {lots.data.items.map((lot) => (
                <Row key={lot.id}>
                  <Cell label="Name" className="font-medium">
                    <Link to={`/lots/${lot.id}`} className="link-hover">
                      {lot.name}
                    </Link>
                  </Cell>
                  <Cell label="Bought" className="whitespace-nowrap">
                    {formatDay(lot.acquiredAt)}
                  </Cell>
                  <Cell label="Source">{sourceLabel(lot.source) || '—'}</Cell>
                  <Cell label="Parts" className="tabular text-right">
                    {lot.partCount}
                  </Cell>
                  <Cell label="Total" className="text-right">
                    <Money cents={lot.totalCostCents} />
                  </Cell>
                </Row>
              ))}
            </ResponsiveTable>
          )}
          {lots.isSuccess && (
            <Pagination
              page={page}
              pageSize={LOTS_PAGE_SIZE}
              total={lots.data.total}
              onPage={(next) => setParams({ page: String(next) })}
            />
          )}
        </div>
      </section>
    </>
  );
}
