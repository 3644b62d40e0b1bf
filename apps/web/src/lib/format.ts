import { formatCents, SOURCE_LABELS } from '@partwise/shared';

/** Everything the web app shows as text (money, dates, percentages, labels) is formatted here. */

/**
 * "$1,234.56", "-$12.00": cents in the user's locale, with the currency. A zero shown as taken away
 * (`-feesCents` of 0 is -0) reads "$0.00", not "-$0.00".
 */
export const formatMoney = (cents: number): string => formatCents(cents || 0);

/** A gain with its sign: "+$12.00", "-$3.00", "$0.00". */
export const formatSignedMoney = (cents: number): string => `${cents > 0 ? '+' : ''}${formatMoney(cents)}`;

/** 1360 basis points → "13.6" (for an input), without floating point. */
export function basisPointsToText(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const fraction = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** 1360 basis points → "13.6%". */
export const formatPercent = (bp: number): string => `${basisPointsToText(bp)}%`;

/** A ratio (0.125) as a percentage to a tenth: "12.5%". */
export const formatRatio = (ratio: number): string =>
  `${(ratio * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const calendarDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** An instant (ISO timestamp) as a date and time in the user's locale. */
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

/** An instant (ISO timestamp) as a date in the user's locale. */
export const formatDate = (iso: string): string => dateOnly.format(new Date(iso));

/** A calendar date (YYYY-MM-DD) in the user's locale, without shifting it by any time zone. */
export function formatDay(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : calendarDay.format(date);
}

/** "facebook_marketplace" → "Facebook Marketplace"; free text stays as typed. */
export function sourceLabel(source: string | null): string {
  if (!source) return '';
  return SOURCE_LABELS[source] ?? source;
}

/**
 * A status or category label inside a sentence: "In a build" → "in a build", "Ready to sell" → "ready to
 * sell", while acronyms stay as written ("RMA", "CPU cooler"). Not for names ("Facebook Marketplace").
 */
export function inSentence(label: string): string {
  const firstWord = label.split(' ')[0] ?? '';
  const acronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  return acronym ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** 725 tenths of a cent → "72.5¢"; a mileage rate, without floating point. */
export function formatMileRate(tenthCents: number): string {
  const tenth = tenthCents % 10;
  return `${Math.trunc(tenthCents / 10)}${tenth ? `.${tenth}` : ''}¢`;
}

/** 12.3 → "12.3 mi", in the user's locale. */
export const formatMiles = (miles: number): string =>
  `${miles.toLocaleString(undefined, { maximumFractionDigits: 1 })} mi`;
