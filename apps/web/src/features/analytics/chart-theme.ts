import { useMemo, useSyncExternalStore } from 'react';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  primary: string;
  secondary: string;
  accent: string;
  success: string;
  error: string;
  warning: string;
  info: string;
}

/**
 * A theme colour as rgb(): the theme defines colours in oklch, which canvas draws but Chart.js cannot mix
 * (hover shades, transparency), so each is painted on a 1×1 canvas and read back.
 */
function rgb(cssVar: string, alpha = 1): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(cssVar).trim();
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context || !value) return `rgba(128, 128, 128, ${alpha})`;
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Calls back when the theme changes: the toggle sets data-theme, or the system switches light and dark. */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

const themeKey = () =>
  `${document.documentElement.dataset.theme ?? ''}/${window.matchMedia('(prefers-color-scheme: dark)').matches}`;

/** The chart colours of the theme shown now; recomputed when the theme changes. */
export function useChartTheme(): ChartTheme {
  const theme = useSyncExternalStore(subscribe, themeKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the computed style changes with the theme
  return useMemo(
    () => ({
      text: rgb('--color-base-content', 0.85),
      muted: rgb('--color-base-content', 0.6),
      grid: rgb('--color-base-content', 0.1),
      primary: rgb('--color-primary'),
      secondary: rgb('--color-secondary'),
      accent: rgb('--color-accent'),
      success: rgb('--color-success'),
      error: rgb('--color-error'),
      warning: rgb('--color-warning'),
      info: rgb('--color-info'),
    }),
    [theme],
  );
}
