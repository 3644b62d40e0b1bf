import { type BuildItem, type CatalogPart, sortByFit, suggestCompatible } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { ErrorState, SkeletonRows } from '../../components/states';
import { CatalogSpecLine } from '../inventory/CatalogSpecLine';
import { catalogPrice } from '../inventory/catalog-entry';
import { catalogName } from '../inventory/part-form';
import { FitBadge } from './badges';
import { toBuildItem } from './build-items';
import { FitNote, fitReason } from './FitNote';
import { catalogPicks } from './queries';
import type { Slot } from './slots';
import { useDebounced } from './useDebounced';

const MIN_CHARS = 2;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Props {
  slot: Slot;
  items: BuildItem[];
  chosenId: string | null;
  onChoose: (entry: CatalogPart) => void;
  autoFocus?: boolean;
}

/** Catalog search for one slot: parts that fit the build first, each with its key specs and price new. */
export function CatalogResults({ slot, items, chosenId, onChoose, autoFocus }: Props) {
  const searchId = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const search = useQuery({ ...catalogPicks.search(slot.category, q), enabled: q.length >= MIN_CHARS });
  const what = slot.noun;

  const rows = useMemo(() => {
    const candidates = (search.data?.items ?? []).map((entry) => ({
      ...toBuildItem(`catalog:${entry.id}`, catalogName(entry), entry.category, entry.specs),
      entry,
    }));
    return sortByFit(candidates, items).map((c) => ({ entry: c.entry, ...suggestCompatible(c, items) }));
  }, [search.data, items]);

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={searchId} className="text-sm font-medium">
        Search the catalog
      </label>
      <label className="input w-full">
        <Icon name="search" className="size-4 opacity-60" />
        <input
          id={searchId}
          // biome-ignore lint/a11y/noAutofocus: only when the person asked to plan instead, from the stock tab
          autoFocus={autoFocus}
          type="search"
          placeholder={
            slot.category === 'gpu'
              ? 'RTX 3070'
              : `${capitalized(slot.aNoun)}: a few letters of its name or model`
          }
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {q.length < MIN_CHARS ? null : search.isPending ? (
        <SkeletonRows rows={2} label="Searching the catalog" />
      ) : search.isError ? (
        <ErrorState error={search.error} onRetry={() => void search.refetch()} />
      ) : rows.length === 0 ? (
        <p className="rounded-field bg-base-200 px-3 py-2 text-sm text-base-content/70">
          No {what} in the catalog matches “{q}”. Type its name below instead.
        </p>
      ) : (
        <ul
          aria-label={`Catalog ${what} parts`}
          className={`flex max-h-64 flex-col gap-1 overflow-y-auto ${search.isPlaceholderData ? 'opacity-60' : ''}`}
        >
          {rows.map(({ entry, fit, findings }) => {
            const chosen = entry.id === chosenId;
            const name = catalogName(entry);
            const price = catalogPrice(entry);
            return (
              <li
                key={entry.id}
                className={`flex items-center gap-3 rounded-field border px-3 py-2 ${chosen ? 'border-primary bg-primary/5' : 'border-base-300'}`}
              >
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium break-words">{name}</p>
                  <CatalogSpecLine entry={entry} />
                  <FitNote fit={fit} findings={findings} />
                </div>
                <div className="flex shrink-0 flex-col items-end gap-1">
                  <FitBadge fit={fit} reason={fitReason(findings)} />
                  {price && (
                    <span className="text-xs text-base-content/60">
                      {price.from ? 'from' : 'new'} <Money cents={price.cents} />
                    </span>
                  )}
                </div>
                <button
                  type="button"
                  className={`btn btn-sm ${chosen ? 'btn-primary' : 'btn-ghost'}`}
                  aria-pressed={chosen}
                  onClick={() => onChoose(entry)}
                >
                  {chosen ? 'Chosen' : 'Choose'}
                  <span className="sr-only"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
