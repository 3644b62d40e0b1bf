import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from './Icon';

/**
 * Answers as you type: the query follows the text after a short pause, without a history entry per key.
 * `value` is the search in the URL; the box follows it when it changes from elsewhere (back button,
 * "clear filters").
 */
export function SearchBox({
  value,
  onSearch,
  label,
  placeholder,
  showLabel = false,
  className = 'w-full',
}: {
  value: string;
  onSearch: (q: string) => void;
  label: string;
  placeholder: string;
  /** The label above the box; otherwise it is only read out. */
  showLabel?: boolean;
  className?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const sent = useRef(value);

  useEffect(() => {
    if (value.trim() === sent.current.trim()) return;
    sent.current = value;
    setText(value);
  }, [value]);

  useEffect(() => {
    if (text.trim() === sent.current.trim()) return;
    const timer = window.setTimeout(() => {
      sent.current = text;
      onSearch(text);
    }, 250);
    return () => window.clearTimeout(timer);
  }, [text, onSearch]);

  return (
    <div className={className}>
      <label htmlFor={id} className={showLabel ? 'mb-1 block text-sm font-medium' : 'sr-only'}>
        {label}
      </label>
      <label className="input w-full">
        <Icon name="search" className="size-4 opacity-60" />
        <input
          id={id}
          type="search"
          placeholder={placeholder}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
    </div>
  );
}
