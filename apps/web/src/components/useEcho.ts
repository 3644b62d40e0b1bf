import { useEffect, useState } from 'react';

/**
 * A control's own copy of a value that lives elsewhere (the URL, say): a change shows at once, and the
 * copy follows the outside value whenever that changes. Without it a controlled input snaps back until
 * the navigation that carries the change has rendered.
 */
export function useEcho<T>(outer: T): [T, (value: T) => void] {
  const [value, setValue] = useState(outer);
  useEffect(() => setValue(outer), [outer]);
  return [value, setValue];
}
