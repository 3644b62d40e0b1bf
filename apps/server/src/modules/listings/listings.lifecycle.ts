import { type ListingActivate, listingAction, OPEN_LISTING_STATUSES } from '@partwise/shared';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import { permitted } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { listing } from '../../db/schema';
import { recordAudit } from '../audit/audit';
import type { ListingRow } from './listings.mapper';
import {
  clearThingForSale,
  lockThing,
  moveOf,
  refOf,
  setThingStatus,
  type ThingRef,
  unlistedMove,
} from './things';

export const sameThing = (ref: ThingRef) =>
  ref.partId !== undefined ? eq(listing.partId, ref.partId) : eq(listing.buildId, ref.buildId);

/** The thing's other active listings: while there is one, the thing stays listed. */
export async function otherActive(tx: DbOrTx, ownerId: string, ref: ThingRef, exceptId: number) {
  return tx
    .select({ id: listing.id, restoreStatus: listing.restoreStatus })
    .from(listing)
    .where(
      and(
        eq(listing.ownerId, ownerId),
        sameThing(ref),
        eq(listing.status, 'active'),
        ne(listing.id, exceptId),
      ),
    );
}

/**
 * Draft or ended → active. The first active listing of a thing moves it (and a build's parts) to listed and
 * remembers what it was; a further listing (cross-listing) copies that memory, so whichever ends last restores.
 * A build with problems goes live only with the reason it is listed anyway.
 */
export async function activate(
  tx: DbOrTx,
  who: Acting,
  row: ListingRow,
  { overrideReason }: ListingActivate = {},
): Promise<string[]> {
  const { ownerId } = who;
  const to = permitted(listingAction(row.status, 'activate'));
  if (row.status === to) return [];
  const ref = refOf(row);
  const thing = await lockThing(tx, ownerId, ref);
  const move = moveOf(thing, 'list');
  const crossListing = thing.status === 'listed';
  await clearThingForSale(tx, who, thing, overrideReason, !crossListing);
  const restoreStatus = crossListing
    ? ((await otherActive(tx, ownerId, ref, row.id))[0]?.restoreStatus ?? null)
    : thing.status;
  const moved = crossListing
    ? []
    : await setThingStatus(tx, who, thing, move, { listingId: { from: null, to: row.id } });
  await tx
    .update(listing)
    .set({ status: to, listedAt: who.today, endedAt: null, restoreStatus, updatedAt: who.now })
    .where(eq(listing.id, row.id));
  await recordAudit(tx, who, [
    {
      entity: 'listing',
      entityId: row.id,
      action: 'status',
      changes: { status: { from: row.status, to } },
    },
  ]);
  return moved;
}

/**
 * Draft or active → ended; when the last active listing of a thing ends, the thing gets its status back. Both
 * answer the acquired days of the parts that moved (setThingStatus).
 */
export async function end(tx: DbOrTx, who: Acting, row: ListingRow): Promise<string[]> {
  const { ownerId } = who;
  const to = permitted(listingAction(row.status, 'end'));
  if (row.status === to) return [];
  const ref = refOf(row);
  const thing = await lockThing(tx, ownerId, ref);
  let moved: string[] = [];
  if (row.status === 'active' && thing.status === 'listed') {
    const others = await otherActive(tx, ownerId, ref, row.id);
    if (others.length === 0)
      moved = await setThingStatus(tx, who, thing, unlistedMove(thing, row.restoreStatus));
  }
  await tx
    .update(listing)
    .set({ status: to, endedAt: who.today, restoreStatus: null, updatedAt: who.now })
    .where(eq(listing.id, row.id));
  await recordAudit(tx, who, [
    {
      entity: 'listing',
      entityId: row.id,
      action: 'status',
      changes: { status: { from: row.status, to } },
    },
  ]);
  return moved;
}

/**
 * After a sale (the thing already locked and sold): the listing sold, if any, becomes sold, and every other
 * open (draft or active) listing of the thing ends.
 */
export async function closeListingsOnSale(
  tx: DbOrTx,
  who: Acting,
  ref: ThingRef,
  sold: Pick<ListingRow, 'id' | 'status'> | null,
): Promise<void> {
  const open = await tx
    .select({ id: listing.id, status: listing.status })
    .from(listing)
    .where(
      and(eq(listing.ownerId, who.ownerId), sameThing(ref), inArray(listing.status, OPEN_LISTING_STATUSES)),
    );
  const moves = [
    ...(sold ? [{ ...sold, to: permitted(listingAction(sold.status, 'sell')) }] : []),
    ...open
      .filter((l) => l.id !== sold?.id)
      .map((l) => ({ ...l, to: permitted(listingAction(l.status, 'end')) })),
  ];
  for (const to of new Set(moves.map((m) => m.to))) {
    const ids = moves.filter((m) => m.to === to).map((m) => m.id);
    await tx
      .update(listing)
      .set({ status: to, endedAt: who.today, restoreStatus: null, updatedAt: who.now })
      .where(inArray(listing.id, ids));
  }
  await recordAudit(
    tx,
    who,
    moves.map((l) => ({
      entity: 'listing',
      entityId: l.id,
      action: 'status',
      changes: { status: { from: l.status, to: l.to } },
    })),
  );
}
