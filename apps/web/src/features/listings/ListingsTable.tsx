import { LISTING_STATUS_LABELS, type Listing, type ListingStatus, PLATFORM_LABELS } from '@partwise/shared';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { ActionsCell, Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { FINISHED_BADGE } from '../inventory/StatusBadge';
import type { ListingMove } from './queries';

const STATUS_BADGE: Record<ListingStatus, string> = {
  draft: 'badge-ghost',
  active: 'badge-success badge-soft',
  sold: 'badge-primary badge-soft',
  ended: FINISHED_BADGE,
};

export interface ListingHandlers {
  onMove: (listing: Listing, move: ListingMove) => void;
  onEdit: (listing: Listing) => void;
  onSell: (listing: Listing) => void;
}

const itemLink = (l: Listing) => (l.buildId ? `/builds/${l.buildId}` : `/inventory/${l.partId ?? ''}`);

export function ListingsTable({ items, ...handlers }: { items: Listing[] } & ListingHandlers) {
  return (
    <ResponsiveTable
      caption="Listings"
      head={['Listing', 'Platform', 'Status', 'Price', 'Est. net', '']}
      alignRight={['Price', 'Est. net']}
    >
      {items.map((listing) => (
        <Row key={listing.id}>
          <Cell
            label="Listing"
            className="max-sm:flex-col max-sm:items-start! max-sm:text-left! max-sm:before:hidden"
          >
            <span className="font-medium break-words">{listing.title}</span>
            <Link to={itemLink(listing)} className="link link-hover block text-sm text-base-content/60">
              {listing.buildId ? 'Build: ' : ''}
              {listing.itemName}
            </Link>
          </Cell>
          <Cell label="Platform">{PLATFORM_LABELS[listing.platform]}</Cell>
          <Cell label="Status">
            <span className={`badge badge-sm ${STATUS_BADGE[listing.status]}`}>
              {LISTING_STATUS_LABELS[listing.status]}
            </span>
          </Cell>
          <Cell label="Price" className="text-right">
            <Money cents={listing.priceCents} />
          </Cell>
          <Cell label="Est. net" className="text-right">
            <Money cents={listing.estimatedNetCents} />
          </Cell>
          <ActionsCell>
            <ListingActions listing={listing} {...handlers} />
          </ActionsCell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}

function ListingActions({ listing, onMove, onEdit, onSell }: { listing: Listing } & ListingHandlers) {
  const label = `${listing.title} on ${PLATFORM_LABELS[listing.platform]}`;
  if (listing.status === 'sold')
    return (
      <Link to="/sales" className="btn btn-ghost btn-xs">
        See the sale
      </Link>
    );
  return (
    <div className="flex flex-wrap justify-end gap-1 whitespace-nowrap sm:flex-nowrap">
      {listing.status === 'active' ? (
        <>
          <button
            type="button"
            className="btn btn-primary btn-xs"
            aria-label={`Mark as sold: ${label}`}
            onClick={() => onSell(listing)}
          >
            <Icon name="dollar" className="size-3.5" />
            Mark as sold
          </button>
          <button
            type="button"
            className="btn btn-xs"
            aria-label={`End ${label}`}
            onClick={() => onMove(listing, 'end')}
          >
            End
          </button>
        </>
      ) : (
        <button
          type="button"
          className="btn btn-xs"
          aria-label={`${listing.status === 'ended' ? 'Relist' : 'Activate'} ${label}`}
          onClick={() => onMove(listing, 'activate')}
        >
          {listing.status === 'ended' ? 'Relist' : 'Activate'}
        </button>
      )}
      <button
        type="button"
        className="btn btn-ghost btn-xs"
        aria-label={`Edit ${label}`}
        onClick={() => onEdit(listing)}
      >
        <Icon name="pencil" className="size-3.5" />
      </button>
      {listing.status !== 'active' && (
        <button
          type="button"
          className="btn btn-ghost btn-xs text-error"
          aria-label={`Delete ${label}`}
          onClick={() => onMove(listing, 'delete')}
        >
          <Icon name="trash" className="size-3.5" />
        </button>
      )}
    </div>
  );
}
