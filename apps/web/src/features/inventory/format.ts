import { SOURCE_LABELS } from '@partwise/shared';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar date (YYYY-MM-DD) in the user's locale, without shifting it by their time zone. */
export function formatDay(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : day.format(date);
}

/** Today's date where the user is, as YYYY-MM-DD. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "facebook_marketplace" → "Facebook Marketplace"; free text stays as typed. */
export function sourceLabel(source: string | null): string {
  if (!source) return '';
  return SOURCE_LABELS[source] ?? source;
}
