import { CATEGORY_LABELS, CONDITION_LABELS, type LotWithParts } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { RecordNotFound } from '../../components/RecordNotFound';
import { Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { ErrorState, SkeletonRows } from '../../components/states';
import { isApiError } from '../../lib/api';
import { formatDay, sourceLabel } from '../../lib/format';
import { HistoryTimeline } from '../inventory/PartHistory';
import { StatusBadge } from '../inventory/StatusBadge';
import { LotDeleteDialog } from './LotDeleteDialog';
import { LotEditDialog } from './LotEditDialog';
import { LotReturns } from './LotReturns';
import { lotQueries } from './queries';

export function LotPage() {
  const { id } = useParams();
  const lotId = Number(id);
  const lot = useQuery({ ...lotQueries.detail(lotId), enabled: Number.isSafeInteger(lotId) && lotId > 0 });
  if (
    !Number.isSafeInteger(lotId) ||
    lotId <= 0 ||
    (lot.isError && isApiError(lot.error) && lot.error.status === 404)
  )
    return <RecordNotFound title="This lot is not here" back={{ to: '/lots', label: 'See your lots' }} />;
  if (lot.isPending) return <SkeletonRows rows={5} label="Loading the lot" />;
  if (lot.isError) return <ErrorState error={lot.error} onRetry={() => void lot.refetch()} />;
  return <LotSheet lot={lot.data} />;
}

function LotSheet({ lot }: { lot: LotWithParts }) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const facts = [
    { label: 'Total price', value: <Money cents={lot.totalCostCents} /> },
    { label: 'Bought', value: formatDay(lot.acquiredAt) },
    { label: 'Source', value: sourceLabel(lot.source) || '—' },
    { label: 'Parts', value: lot.parts.length },
  ];
  return (
    <>
      <Link to="/lots" className="btn btn-ghost btn-sm mb-2 -ml-3">
        <Icon name="arrowLeft" className="size-4" />
        Lots
      </Link>
      <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-primary">Lot #{lot.id}</p>
          <h1 className="text-2xl font-semibold tracking-tight break-words">{lot.name}</h1>
          {lot.notes && <p className="mt-1 whitespace-pre-line text-base-content/70">{lot.notes}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          <Link to={`/inventory?lotId=${lot.id}`} className="btn btn-sm">
            <Icon name="cube" className="size-4" />
            Show in inventory
          </Link>
          <button type="button" className="btn btn-sm" onClick={() => setEditing(true)}>
            <Icon name="pencil" className="size-4" />
            Edit lot
          </button>
          <button type="button" className="btn btn-sm btn-ghost text-error" onClick={() => setDeleting(true)}>
            <Icon name="trash" className="size-4" />
            Delete lot
          </button>
        </div>
      </header>
      <dl className="mb-6 grid grid-cols-2 divide-base-300 rounded-box border border-base-300 bg-base-100 sm:grid-cols-4 sm:divide-x">
        {facts.map((fact) => (
          <div key={fact.label} className="px-5 py-3">
            <dt className="text-sm text-base-content/60">{fact.label}</dt>
            <dd className="tabular text-lg font-semibold">{fact.value}</dd>
          </div>
        ))}
      </dl>
      <LotReturns lot={lot} />
      <section className="card mb-6 border border-base-300 bg-base-100" aria-label="Parts in this lot">
        <div className="card-body p-4 sm:p-6">
          <h2 className="card-title text-base">Parts, with their share of the price</h2>
          <ResponsiveTable
            caption="Parts in this lot"
            head={['Name', 'Category', 'Condition', 'Status', 'Weight', 'Cost']}
            alignRight={['Weight', 'Cost']}
          >
            {lot.parts.map((part) => (
              <Row key={part.id}>
                <Cell label="Name" className="font-medium">
                  <Link to={`/inventory/${part.id}`} className="link-hover">
                    {part.name}
                  </Link>
                </Cell>
                <Cell label="Category">{CATEGORY_LABELS[part.category]}</Cell>
                <Cell label="Condition">{CONDITION_LABELS[part.condition]}</Cell>
                <Cell label="Status">
                  <StatusBadge status={part.status} />
                </Cell>
                <Cell label="Weight" className="tabular text-right">
                  {part.lotWeight}
                </Cell>
                <Cell label="Cost" className="text-right">
                  <Money cents={part.costCents} />
                </Cell>
              </Row>
            ))}
          </ResponsiveTable>
        </div>
      </section>
      <LotHistory lotId={lot.id} />
      <LotEditDialog lot={lot} open={editing} onClose={() => setEditing(false)} />
      <LotDeleteDialog lot={lot} open={deleting} onClose={() => setDeleting(false)} />
    </>
  );
}

function LotHistory({ lotId }: { lotId: number }) {
  const history = useQuery(lotQueries.history(lotId));
  return (
    <section className="card border border-base-300 bg-base-100" aria-labelledby="lot-history">
      <div className="card-body gap-3 p-4 sm:p-6">
        <h2 id="lot-history" className="card-title text-base">
          History
        </h2>
        {history.isPending ? (
          <SkeletonRows rows={2} label="Loading the history" />
        ) : history.isError ? (
          <ErrorState error={history.error} onRetry={() => void history.refetch()} />
        ) : (
          <HistoryTimeline items={history.data.items} />
        )}
      </div>
    </section>
  );
}
