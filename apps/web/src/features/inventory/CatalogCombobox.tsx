import { CATEGORY_LABELS, type CatalogPart, type Category, formatCents } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, type Ref, useEffect, useId, useState } from 'react';
import { CatalogSpecLine } from './CatalogSpecLine';
import { catalogPrice } from './catalog-entry';
import { catalogName } from './part-form';
import { catalogQueries } from './queries';

interface Props {
  id?: string;
  value: string;
  onChange: (text: string) => void;
  onPick: (entry: CatalogPart) => void;
  onBlur?: () => void;
  /** Keys the list does not use (Enter while it is closed, say) go on to the caller. */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  inputRef?: Ref<HTMLInputElement>;
  invalid?: boolean;
  describedBy?: string;
  label: string;
  placeholder?: string;
  className?: string;
  /** Offers only parts of this category. */
  category?: Category | undefined;
}

const MIN_CHARS = 2;

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * A name input that offers catalog parts as you type (the ARIA combobox pattern): arrow keys move
 * through the list, Enter picks, Escape closes. Typing a name the catalog lacks is fine too.
 */
export function CatalogCombobox(props: Props) {
  const { value, onChange, onPick, onKeyDown, invalid, describedBy, label } = props;
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(value.trim(), 150);
  const search = useQuery({
    ...catalogQueries.search(q, props.category),
    enabled: open && q.length >= MIN_CHARS,
  });
  const items = open && q.length >= MIN_CHARS ? (search.data?.items ?? []) : [];
  const expanded = items.length > 0;

  const pick = (entry: CatalogPart) => {
    onPick(entry);
    setOpen(false);
    setActive(-1);
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (!expanded) return;
      const last = items.length - 1;
      if (event.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
      else setActive((i) => (i <= 0 ? last : i - 1));
      return;
    }
    if (event.key === 'Enter' && expanded && active >= 0) {
      const entry = items[active];
      if (entry) {
        event.preventDefault();
        pick(entry);
        return;
      }
    }
    if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      return;
    }
    onKeyDown?.(event);
  };

  return (
    <div className="relative">
      <input
        id={props.id}
        ref={props.inputRef}
        type="text"
        role="combobox"
        aria-label={props.id ? undefined : label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={props.placeholder}
        className={`input w-full ${invalid ? 'input-error' : ''} ${props.className ?? ''}`}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={keyDown}
        onBlur={() => {
          setOpen(false);
          props.onBlur?.();
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={`Catalog parts matching ${value}`}
        hidden={!expanded}
        className="absolute z-30 mt-1 max-h-80 w-full min-w-72 overflow-y-auto rounded-box border border-base-300 bg-base-100 p-1 shadow-lg"
      >
        {items.map((entry, index) => {
          const price = catalogPrice(entry);
          return (
            <div
              key={entry.id}
              tabIndex={-1}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`flex cursor-pointer items-start justify-between gap-3 rounded-field px-3 py-2 text-sm ${index === active ? 'bg-primary/10' : 'hover:bg-base-200'}`}
              // mousedown, not click: the input must not lose focus (and close the list) first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(entry);
              }}
            >
              <span className="min-w-0">
                <span className="block font-medium break-words">{catalogName(entry)}</span>
                <CatalogSpecLine entry={entry} fallback={CATEGORY_LABELS[entry.category]} />
              </span>
              {price && (
                <span className="tabular shrink-0 text-xs text-base-content/60">
                  {price.from ? 'from' : 'new'} {formatCents(price.cents)}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
