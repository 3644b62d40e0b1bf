import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';

/**
 * The ARIA combobox pattern around a text input: arrow keys move through the offered items, Enter picks,
 * Escape closes. `items` are what would be offered (none: the list stays closed); the list is open from
 * typing or an arrow key until a pick, Escape or leaving the input (`open`, for fetching only when wanted).
 * Keys the list does not use go on to `onOtherKey`.
 */
export function useCombobox<T>({
  items,
  onPick,
  onOtherKey,
  open,
  setOpen,
}: {
  items: readonly T[];
  onPick: (item: T) => void;
  onOtherKey?: ((event: KeyboardEvent<HTMLInputElement>) => void) | undefined;
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const listId = useId();
  const [active, setActive] = useState(-1);
  const offered = open ? items : [];
  const expanded = offered.length > 0;

  const pick = (item: T) => {
    onPick(item);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (!expanded) return;
      const last = offered.length - 1;
      if (event.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
      else setActive((i) => (i <= 0 ? last : i - 1));
      return;
    }
    const chosen = offered[active];
    if (event.key === 'Enter' && expanded && chosen !== undefined) {
      event.preventDefault();
      pick(chosen);
      return;
    }
    if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      return;
    }
    onOtherKey?.(event);
  };

  return {
    listId,
    offered,
    active,
    pick,
    /** Props for the input, beside its own value, onChange and onBlur (which call typed() and closed()). */
    inputProps: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': expanded,
      'aria-controls': listId,
      'aria-activedescendant': expanded && active >= 0 ? `${listId}-${active}` : undefined,
      autoComplete: 'off',
      onKeyDown,
    } as const,
    typed: () => {
      setOpen(true);
      setActive(-1);
    },
    closed: () => setOpen(false),
  };
}

/** The list of a combobox (see useCombobox), under its input; picked with the mouse too. */
export function ComboboxList<T>({
  combobox,
  label,
  itemKey,
  children,
}: {
  combobox: Pick<ReturnType<typeof useCombobox<T>>, 'listId' | 'offered' | 'active' | 'pick'>;
  label: string;
  itemKey: (item: T) => string;
  children: (item: T) => ReactNode;
}) {
  const { listId, offered, active, pick } = combobox;
  return (
    <div
      id={listId}
      role="listbox"
      aria-label={label}
      hidden={offered.length === 0}
      className="absolute z-30 mt-1 max-h-80 w-full min-w-72 overflow-y-auto rounded-box border border-base-300 bg-base-100 p-1 shadow-lg"
    >
      {offered.map((item, index) => (
        <div
          key={itemKey(item)}
          tabIndex={-1}
          id={`${listId}-${index}`}
          role="option"
          aria-selected={index === active}
          className={`flex cursor-pointer items-baseline justify-between gap-3 rounded-field px-3 py-2 text-sm ${index === active ? 'bg-primary/10' : 'hover:bg-base-200'}`}
          // mousedown, not click: the input must not lose focus (and close the list) first.
          onMouseDown={(e) => {
            e.preventDefault();
            pick(item);
          }}
        >
          {children(item)}
        </div>
      ))}
    </div>
  );
}
