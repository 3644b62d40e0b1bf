import type { PartValuation } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { Money } from '../../components/Money';
import { ErrorState, SkeletonRows } from '../../components/states';
import { formatDay } from '../../lib/format';
import { partQueries } from './queries';

const BASIS: Record<PartValuation['basis'], string> = {
  expected: 'Your expected sale price, as you set it.',
  comps_same_part: 'Your own sales of this same part in the last 12 months, recent ones counting more.',
  comps_same_model:
    'Your own sales of the same model (any brand) in the last 12 months, recent ones counting more.',
  reference:
    'No sales of yours to compare: the catalog price new, less what parts of this kind lose with age.',
  cost: 'Nothing to compare it with yet: shown at what it cost.',
};

/** What the part is likely worth, why, and the sales it was compared with. */
export function PartValue({ partId }: { partId: number }) {
  const value = useQuery(partQueries.valuation(partId));
  if (value.isPending) return <SkeletonRows rows={2} label="Estimating the value" />;
  if (value.isError) return <ErrorState error={value.error} onRetry={() => void value.refetch()} />;
  const v = value.data;
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p>
        <Money cents={v.valueCents} className="text-lg font-semibold" />{' '}
        {v.lowCents !== v.highCents && (
          <span className="text-base-content/70">
            (<Money cents={v.lowCents} /> to <Money cents={v.highCents} />)
          </span>
        )}{' '}
        <span className="badge badge-sm badge-soft">{v.confidence} confidence</span>
      </p>
      <p className="text-base-content/70">{BASIS[v.basis]}</p>
      {v.comps.length > 0 && (
        <ul className="flex flex-col gap-1" aria-label="Sales compared">
          {v.comps.map((c) => (
            <li key={c.saleId} className="flex justify-between gap-2">
              <span className="min-w-0 truncate">
                {c.name} <span className="text-base-content/60">· {formatDay(c.soldAt)}</span>
              </span>
              <Money cents={c.priceCents} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
