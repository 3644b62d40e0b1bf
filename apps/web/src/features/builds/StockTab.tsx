import {
  type BuildItem,
  CATEGORY_LABELS,
  CONDITION_LABELS,
  type PartListItem,
  sortByFit,
  suggestCompatible,
} from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { ErrorState, SkeletonRows } from '../../components/states';
import { FitBadge } from './badges';
import { partItemId, toBuildItem } from './build-items';
import { FitNote, fitReason } from './FitNote';
import { stockQueries } from './queries';
import type { Slot } from './slots';
import { specSummary } from './spec-summary';
import { useDebounced } from './useDebounced';

interface Props {
  slot: Slot;
  /** The build as it stands, to judge each candidate against. */
  items: BuildItem[];
  onPick: (part: PartListItem) => void;
  onPlanInstead: () => void;
  busy: boolean;
}

/** Parts in stock for the slot, those that fit first, each with its fit and the reason. */
export function StockTab({ slot, items, onPick, onPlanInstead, busy }: Props) {
  const searchId = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const stock = useQuery(stockQueries.category(slot.category, q));

  const rows = useMemo(() => {
    const candidates = (stock.data?.items ?? []).map((part) => ({
      ...toBuildItem(partItemId(part.id), part.name, part.category, part.specs),
      part,
    }));
    return sortByFit(candidates, items).map((candidate) => ({
      part: candidate.part,
      ...suggestCompatible(candidate, items),
    }));
  }, [stock.data, items]);

  const what = slot.noun;
  return (
    <div className="flex flex-col gap-3">
      <label htmlFor={searchId} className="sr-only">
        Search your stock
      </label>
      <label className="input w-full">
        <Icon name="search" className="size-4 opacity-60" />
        <input
          id={searchId}
          data-autofocus
          type="search"
          placeholder={`Search your stock for ${slot.aNoun}…`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {stock.isPending && <SkeletonRows rows={3} label="Loading your stock" />}
      {stock.isError && <ErrorState error={stock.error} onRetry={() => void stock.refetch()} />}
      {stock.isSuccess && rows.length === 0 && (
        <div className="rounded-box bg-base-200 px-4 py-6 text-center text-sm">
          <p className="font-medium">{q ? `No ${what} in stock matches “${q}”.` : `No ${what} in stock.`}</p>
          <p className="mt-1 text-base-content/70">
            Plan it as a purchase, or{' '}
            <Link to="/inventory/new" className="link link-primary">
              add a part you own
            </Link>
            .
          </p>
          <button type="button" className="btn btn-sm btn-primary btn-soft mt-3" onClick={onPlanInstead}>
            Plan to buy instead
          </button>
        </div>
      )}
      {rows.length > 0 && (
        <ul
          aria-label={`${CATEGORY_LABELS[slot.category]} in stock`}
          className={`flex max-h-96 flex-col gap-1 overflow-y-auto ${stock.isPlaceholderData ? 'opacity-60' : ''}`}
        >
          {rows.map(({ part, fit, findings }) => {
            return (
              <li
                key={part.id}
                className="flex items-center gap-3 rounded-field border border-base-300 px-3 py-2"
              >
                <div className="min-w-0 flex-1">
                  <p className="font-medium break-words">{part.name}</p>
                  <p className="text-xs text-base-content/60">
                    {[CONDITION_LABELS[part.condition], specSummary(part.category, part.specs)]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <FitNote fit={fit} findings={findings} />
                </div>
                <div className="flex shrink-0 flex-col items-end gap-1">
                  <FitBadge fit={fit} reason={fitReason(findings)} />
                  <Money cents={part.costCents} className="text-sm" />
                </div>
                <button
                  type="button"
                  className="btn btn-sm btn-primary btn-soft"
                  disabled={busy}
                  onClick={() => onPick(part)}
                >
                  Add<span className="sr-only"> {part.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
