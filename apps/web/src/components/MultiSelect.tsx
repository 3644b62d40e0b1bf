import { useEffect, useId, useRef } from 'react';
import { Icon } from './Icon';
import { useEcho } from './useEcho';

interface Props<T extends string> {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: readonly T[];
  onChange: (value: T[]) => void;
}

/**
 * A filter button that opens a list of checkboxes. Built on <details>, so it opens with Enter or Space
 * and every box is reachable with Tab; it closes on Escape or a click elsewhere.
 */
export function MultiSelect<T extends string>({ label, options, labels, value: outer, onChange }: Props<T>) {
  const ref = useRef<HTMLDetailsElement>(null);
  const listId = useId();
  // Ticks show at once, while the change travels through the URL and back as `value`.
  const [value, setValue] = useEcho(outer);
  const change = (next: T[]) => {
    setValue(next);
    onChange(next);
  };

  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const toggle = (option: T) =>
    change(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  const chosen = value.map((option) => labels[option]).join(', ');

  return (
    <details ref={ref} className="dropdown">
      <summary
        className={`btn btn-sm w-full justify-between font-normal ${value.length ? 'btn-primary btn-soft' : ''}`}
        aria-controls={listId}
        title={chosen ? `${label}: ${chosen}` : undefined}
      >
        {/* Several choices show as a count, which fits a half-width button on a phone. */}
        {value.length > 1 ? (
          <span className="flex min-w-0 items-center gap-1.5">
            <span className="truncate text-base-content/60">{label}</span>
            <span className="badge badge-sm badge-primary">{value.length}</span>
          </span>
        ) : (
          <span className="truncate">
            <span className="text-base-content/60">{label}:</span> {chosen || 'All'}
          </span>
        )}
        <Icon name="chevronDown" className="size-4" />
      </summary>
      <fieldset
        id={listId}
        className="dropdown-content z-20 mt-1 flex w-56 flex-col gap-1 rounded-box border border-base-300 bg-base-100 p-2 shadow-lg"
      >
        <legend className="sr-only">{label}</legend>
        {options.map((option) => (
          <label
            key={option}
            className="flex cursor-pointer items-center gap-2 rounded-field px-2 py-1.5 text-sm hover:bg-base-200"
          >
            <input
              type="checkbox"
              className="checkbox checkbox-sm"
              checked={value.includes(option)}
              onChange={() => toggle(option)}
            />
            {labels[option]}
          </label>
        ))}
        {value.length > 0 && (
          <button type="button" className="btn btn-ghost btn-xs mt-1 self-start" onClick={() => change([])}>
            Clear
          </button>
        )}
      </fieldset>
    </details>
  );
}
