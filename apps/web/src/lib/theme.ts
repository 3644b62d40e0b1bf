import { useCallback, useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';
const KEY = 'pwf-theme';
const media = () => window.matchMedia('(prefers-color-scheme: dark)');

function current(): Theme {
  const set = document.documentElement.dataset.theme;
  if (set === 'forge-dark') return 'dark';
  if (set === 'forge-light') return 'light';
  return media().matches ? 'dark' : 'light';
}

/** The effective theme and a toggle that remembers the choice (public/theme-init.js applies it on load). */
export function useTheme(): { theme: Theme; toggle: () => void } {
  const [theme, setTheme] = useState<Theme>(current);

  useEffect(() => {
    const query = media();
    const follow = () => setTheme(current());
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  const toggle = useCallback(() => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = `forge-${next}`;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not persisted when storage is unavailable; the switch still applies to this visit.
    }
    setTheme(next);
  }, []);

  return { theme, toggle };
}
