import type { BuildStatus } from '../builds/build';
import type { PartStatus } from '../parts/enums';
import type { ListingStatus } from '../sales/listings';
import { allow, conflict, type Verdict } from './verdict';

export const LISTING_ACTIONS = ['activate', 'end', 'edit', 'delete', 'sell'] as const;
export type ListingAction = (typeof LISTING_ACTIONS)[number];

/** Listings a sale of their part or build closes (they end; the one sold becomes sold). */
export const OPEN_LISTING_STATUSES = ['draft', 'active'] as const satisfies readonly ListingStatus[];

/** Whether `action` may happen to a listing in `status`, and its status after it. */
export function listingAction(status: ListingStatus, action: ListingAction): Verdict<ListingStatus> {
  switch (action) {
    case 'activate':
      return status === 'sold' ? conflict('This listing is sold') : allow('active');
    case 'end':
      return status === 'sold' ? conflict('This listing is sold; refund the sale instead') : allow('ended');
    case 'edit':
      return status === 'sold' ? conflict('A sold listing cannot change') : allow(status);
    case 'delete':
      if (status === 'active') return conflict('End this listing before deleting it');
      if (status === 'sold') return conflict('A sold listing stays with its sale');
      return allow(status);
    case 'sell':
      return status === 'sold' ? conflict('This listing is already sold') : allow('sold');
  }
}

/**
 * What a part or a build goes back to when its last active listing ends, if it was not remembered when it
 * was listed (the listing's restore_status).
 */
export const STATUS_AFTER_LISTING: { part: PartStatus; build: BuildStatus } = {
  part: 'in_stock',
  build: 'ready',
};
