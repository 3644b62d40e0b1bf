import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';

/** Answers as you type: the query follows the text after a short pause, without a history entry per key. */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  const sent = useRef(value);

  // Follows the URL when it changes from elsewhere (back button, "clear filters").
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
    <div className="w-full">
      <label htmlFor={id} className="sr-only">
        Search parts
      </label>
      <label className="input w-full">
        <Icon name="search" className="size-4 opacity-60" />
        <input
          id={id}
          type="search"
          placeholder="Search name, brand, serial, notes…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
    </div>
  );
}
