import { CATEGORY_LABELS, type Part, partAction } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { ErrorState, SkeletonRows } from '../../components/states';
import { isApiError } from '../../lib/api';
import { SellButtons } from '../listings/SellButtons';
import { PartSale } from '../sales/SoldFacts';
import { PartActions } from './PartActions';
import { PartDetails, PartSpecs } from './PartDetails';
import { PartHistory } from './PartHistory';
import { PartNotFound } from './PartNotFound';
import { PartPhotos } from './PartPhotos';
import { PartValue } from './PartValue';
import { partQueries } from './queries';
import { StatusSelect } from './StatusSelect';
import { usePartId } from './usePartId';

export function PartPage() {
  const id = usePartId();
  if (id === null) return <PartNotFound />;
  return <PartView id={id} />;
}

function PartView({ id }: { id: number }) {
  const part = useQuery(partQueries.detail(id));
  if (part.isPending) return <SkeletonRows rows={6} label="Loading the part" />;
  if (part.isError) {
    if (isApiError(part.error) && part.error.status === 404) return <PartNotFound />;
    return <ErrorState error={part.error} onRetry={() => void part.refetch()} />;
  }
  return <PartSheet part={part.data} />;
}

function Card({
  title,
  children,
  className = '',
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`card border border-base-300 bg-base-100 ${className}`} aria-label={title}>
      <div className="card-body gap-4">
        <h2 className="card-title text-base">{title}</h2>
        {children}
      </div>
    </section>
  );
}

function PartSheet({ part }: { part: Part }) {
  return (
    <>
      <Link to="/inventory" className="btn btn-ghost btn-sm mb-2 -ml-3">
        <Icon name="arrowLeft" className="size-4" />
        Inventory
      </Link>
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-primary">{CATEGORY_LABELS[part.category]}</p>
          <h1 className="text-2xl font-semibold tracking-tight break-words">{part.name}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <StatusSelect part={part} size="md" />
            <span className="text-base-content/70">
              Cost <Money cents={part.costCents} className="font-semibold text-base-content" />
            </span>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {partAction(part, 'sell').ok && <SellButtons thing={{ partId: part.id, itemName: part.name }} />}
          <PartActions part={part} />
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          {part.status === 'sold' && (
            <Card title="Sale">
              <PartSale partId={part.id} acquiredAt={part.acquiredAt} />
            </Card>
          )}
          <Card title="Details">
            <PartDetails part={part} />
          </Card>
          <Card title="Specs">
            <PartSpecs part={part} />
          </Card>
          <Card title="Photos">
            <PartPhotos partId={part.id} partName={part.name} />
          </Card>
        </div>
        <div className="flex flex-col gap-6 lg:self-start">
          {/* Once sold, the sale says what it was worth. */}
          {part.status !== 'sold' && (
            <Card title="Estimated value">
              <PartValue partId={part.id} />
            </Card>
          )}
          <Card title="History">
            <PartHistory partId={part.id} category={part.category} />
          </Card>
        </div>
      </div>
    </>
  );
}
