import type { Platform } from '@partwise/shared';
import { formatMoney } from '../../lib/format';

/**
 * Title lengths the sites enforce, as far as known: eBay cuts titles at 80 characters, Craigslist at 70,
 * Reddit at 300. Others show long titles but cut them in search results, so short is better everywhere.
 */
export const TITLE_LIMITS: Partial<Record<Platform, number>> = {
  ebay: 80,
  craigslist: 70,
  reddit_hardwareswap: 300,
};

/** The title as the platform expects it: r/hardwareswap posts read "[H] what you have [W] what you want". */
export function platformTitle(platform: Platform, title: string): string {
  if (platform === 'reddit_hardwareswap') return `[USA] [H] ${title} [W] PayPal, Local Cash`;
  return title;
}

/** The whole listing, ready to paste. */
export function listingText(
  platform: Platform,
  title: string,
  description: string,
  priceCents: number,
): string {
  const price = formatMoney(priceCents);
  const priceLine = platform === 'reddit_hardwareswap' ? `Asking ${price} shipped` : `Price: ${price}`;
  return [platformTitle(platform, title), '', priceLine, description.trim() ? `\n${description.trim()}` : '']
    .join('\n')
    .trim();
}
