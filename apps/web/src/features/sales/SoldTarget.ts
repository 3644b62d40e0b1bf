import type { Delivery, Platform } from '@partwise/shared';

/** What is being sold: a listing (of a part or a build), or a part or a build directly. */
export interface SoldTarget {
  listingId?: number;
  partId?: number | null;
  buildId?: number | null;
  itemName: string;
  priceCents?: number;
  platform?: Platform;
  /** A build's problems no override covers: the sale then needs the reason it is sold anyway. */
  problems?: string[];
  /** How the listing said it would be sold. */
  delivery?: Delivery;
}
