import type { Platform } from '../sales/fees';

export interface TitleLimit {
  /** The most characters a title should have on the platform. */
  max: number;
  /** true: the site refuses or cuts a longer title; false: no published limit, this is a sensible cap. */
  enforced: boolean;
  source: string;
  /** When the source was read (YYYY-MM). */
  asOf: string;
}

/** Each platform's title limit, with where it comes from (docs/decisions/010-fees-by-delivery.md). */
export const TITLE_LIMITS: Record<Platform, TitleLimit> = {
  ebay: {
    max: 80,
    enforced: true,
    source:
      'eBay: an item title holds at most 80 characters (developer.ebay.com, catalog best practices, "Title guidelines"; the listing form stops at 80)',
    asOf: '2026-11',
  },
  facebook_marketplace: {
    max: 100,
    enforced: true,
    source:
      "Facebook does not publish it; the Marketplace listing form's title stops at 100 characters (as reported by seller guides)",
    asOf: '2026-11',
  },
  craigslist: {
    max: 70,
    enforced: true,
    source: 'craigslist posting form: the "posting title" field takes at most 70 characters',
    asOf: '2026-11',
  },
  offerup: {
    max: 80,
    enforced: false,
    source: 'OfferUp publishes no title limit; its search grid cuts long titles, so titles are kept to 80',
    asOf: '2026-11',
  },
  reddit_hardwareswap: {
    max: 300,
    enforced: true,
    source:
      'Reddit: a post title holds at most 300 characters; r/hardwareswap titles read "[USA-XX] [H] what you have [W] what you want"',
    asOf: '2026-11',
  },
  local: {
    max: 100,
    enforced: false,
    source: 'No site: a title for a message or a flyer, kept to 100 characters',
    asOf: '2026-11',
  },
  other: {
    max: 80,
    enforced: false,
    source: 'Unknown site: kept to 80 characters, the tightest common limit (eBay)',
    asOf: '2026-11',
  },
};

const HARDWARESWAP_BEFORE = '[USA] [H] ';
const HARDWARESWAP_AFTER = ' [W] PayPal, Local Cash';

/** The title as posted: r/hardwareswap posts read "[USA] [H] what you have [W] what you want". */
export function postedTitle(platform: Platform, title: string): string {
  if (platform === 'reddit_hardwareswap') return `${HARDWARESWAP_BEFORE}${title}${HARDWARESWAP_AFTER}`;
  return title;
}

/** Characters left for the title itself once the platform's framing (if any) is added. */
export function titleRoom(platform: Platform): number {
  return TITLE_LIMITS[platform].max - postedTitle(platform, '').length;
}

/**
 * The title cut to `max` characters at a word boundary (never in the middle of a word when a boundary is
 * available), without a dangling separator at the end.
 */
export function fitTitle(title: string, max: number): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const kept = lastSpace > 0 ? cut.slice(0, lastSpace) : text.slice(0, max);
  return kept.replace(/[\s|/,+\-–(]+$/, '').trim();
}
