import { type Platform, postedTitle } from '@partwise/shared';
import { formatMoney } from '../../lib/format';

/** The whole listing, ready to paste: the title as the platform shows it, the price, the description. */
export function listingText(
  platform: Platform,
  title: string,
  description: string,
  priceCents: number,
): string {
  const price = formatMoney(priceCents);
  const priceLine = platform === 'reddit_hardwareswap' ? `Asking ${price} shipped` : `Price: ${price}`;
  return [postedTitle(platform, title), '', priceLine, description.trim() ? `\n${description.trim()}` : '']
    .join('\n')
    .trim();
}
