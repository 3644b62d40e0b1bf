import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import { AppError } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { listing } from '../../db/schema';
import { recordAudit } from '../audit/audit';
import type { ListingRow } from './listings.mapper';
import { lockThing, refOf, setThingStatus, type Thing, type ThingRef, unavailable } from './things';

const sameThing = (ref: ThingRef) =>
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

const partStatusWhenListedFrom = (thing: Thing, restore: string) =>
  thing.kind === 'build' ? 'in_build' : restore;

/**
 * Draft or ended → active. The first active listing of a thing moves it (and a build's parts) to listed and
 * remembers what it was; a further listing (cross-listing) copies that memory, so whichever ends last restores.
 */
export async function activate(tx: DbOrTx, who: Acting, row: ListingRow): Promise<void> {
  const { ownerId } = who;
  if (row.status === 'active') return;
  if (row.status === 'sold') throw new AppError('CONFLICT', 'This listing is sold');
  const ref = refOf(row);
  const thing = await lockThing(tx, ownerId, ref);
  const refusal = unavailable(thing);
  if (refusal) throw refusal;
  let restoreStatus: string;
  if (thing.status === 'listed') {
    const [sibling] = await otherActive(tx, ownerId, ref, row.id);
    restoreStatus = sibling?.restoreStatus ?? (thing.kind === 'part' ? 'in_stock' : 'ready');
  } else {
    restoreStatus = thing.status;
    await setThingStatus(
      tx,
      who,
      thing,
      { thing: 'listed', parts: 'listed' },
      {
        listingId: { from: null, to: row.id },
      },
    );
  }
  await tx
    .update(listing)
    .set({ status: 'active', listedAt: who.today, endedAt: null, restoreStatus, updatedAt: who.now })
    .where(eq(listing.id, row.id));
  await recordAudit(tx, who, [
    {
      entity: 'listing',
      entityId: row.id,
      action: 'status',
      changes: { status: { from: row.status, to: 'active' } },
    },
  ]);
}

/** Draft or active → ended; when the last active listing of a thing ends, the thing gets its status back. */
export async function end(tx: DbOrTx, who: Acting, row: ListingRow): Promise<void> {
  const { ownerId } = who;
  if (row.status === 'ended') return;
  if (row.status === 'sold') throw new AppError('CONFLICT', 'This listing is sold; refund the sale instead');
  const ref = refOf(row);
  const thing = await lockThing(tx, ownerId, ref);
  if (row.status === 'active' && thing.status === 'listed') {
    const others = await otherActive(tx, ownerId, ref, row.id);
    if (others.length === 0) {
      const restore = row.restoreStatus ?? (thing.kind === 'part' ? 'in_stock' : 'ready');
      await setThingStatus(tx, who, thing, {
        thing: restore,
        parts: partStatusWhenListedFrom(thing, restore),
      });
    }
  }
  await tx
    .update(listing)
    .set({ status: 'ended', endedAt: who.today, restoreStatus: null, updatedAt: who.now })
    .where(eq(listing.id, row.id));
  await recordAudit(tx, who, [
    {
      entity: 'listing',
      entityId: row.id,
      action: 'status',
      changes: { status: { from: row.status, to: 'ended' } },
    },
  ]);
}

/**
 * After a sale (the thing already locked and sold): the listing sold, if any, becomes sold, and every other
 * open (draft or active) listing of the thing ends.
 */
export async function closeListingsOnSale(
  tx: DbOrTx,
  who: Acting,
  ref: ThingRef,
  sold: { id: number; status: string } | null,
): Promise<void> {
  const open = await tx
    .select({ id: listing.id, status: listing.status })
    .from(listing)
    .where(
      and(eq(listing.ownerId, who.ownerId), sameThing(ref), inArray(listing.status, ['draft', 'active'])),
    );
  const toEnd = open.filter((l) => l.id !== sold?.id);
  const set = { endedAt: who.today, restoreStatus: null, updatedAt: who.now };
  if (sold)
    await tx
      .update(listing)
      .set({ ...set, status: 'sold' })
      .where(eq(listing.id, sold.id));
  if (toEnd.length > 0) {
    await tx
      .update(listing)
      .set({ ...set, status: 'ended' })
      .where(
        inArray(
          listing.id,
          toEnd.map((l) => l.id),
        ),
      );
  }
  const changes = [...(sold ? [{ ...sold, to: 'sold' }] : []), ...toEnd.map((l) => ({ ...l, to: 'ended' }))];
  await recordAudit(
    tx,
    who,
    changes.map((l) => ({
      entity: 'listing',
      entityId: l.id,
      action: 'status',
      changes: { status: { from: l.status, to: l.to } },
    })),
  );
}
