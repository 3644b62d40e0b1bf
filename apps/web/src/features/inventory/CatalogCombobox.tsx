import { CATEGORY_LABELS, type CatalogPart, type Category } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, type Ref, useEffect, useState } from 'react';
import { ComboboxList, useCombobox } from '../../components/Combobox';
import { formatMoney } from '../../lib/format';
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
  const q = useDebounced(value.trim(), 150);
  const [open, setOpen] = useState(false);
  // The catalog is searched only once the list is wanted (typing, arrow keys), not for a prefilled name.
  const search = useQuery({
    ...catalogQueries.search(q, props.category),
    enabled: open && q.length >= MIN_CHARS,
  });
  const combobox = useCombobox({
    items: q.length >= MIN_CHARS ? (search.data?.items ?? []) : [],
    onPick,
    onOtherKey: onKeyDown,
    open,
    setOpen,
  });

  return (
    <div className="relative">
      <input
        id={props.id}
        ref={props.inputRef}
        type="text"
        aria-label={props.id ? undefined : label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder={props.placeholder}
        className={`input w-full ${invalid ? 'input-error' : ''} ${props.className ?? ''}`}
        value={value}
        {...combobox.inputProps}
        onChange={(e) => {
          onChange(e.target.value);
          combobox.typed();
        }}
        onBlur={() => {
          combobox.closed();
          props.onBlur?.();
        }}
      />
      <ComboboxList
        combobox={combobox}
        label={`Catalog parts matching ${value}`}
        itemKey={(entry) => entry.id}
      >
        {(entry) => {
          const price = catalogPrice(entry);
          return (
            <>
              <span className="min-w-0">
                <span className="block font-medium break-words">{catalogName(entry)}</span>
                <CatalogSpecLine entry={entry} fallback={CATEGORY_LABELS[entry.category]} />
              </span>
              {price && (
                <span className="tabular shrink-0 text-xs text-base-content/60">
                  {price.from ? 'from' : 'new'} {formatMoney(price.cents)}
                </span>
              )}
            </>
          );
        }}
      </ComboboxList>
    </div>
  );
}
