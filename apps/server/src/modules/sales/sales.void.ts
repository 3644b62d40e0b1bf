import { and, eq, inArray } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import { AppError } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { listing, type SaleBefore, sale, saleItem, saleRefund } from '../../db/schema';
import { recomputeDays } from '../analytics/aggregates';
import { type AuditEntry, recordAudit } from '../audit/audit';
import { lockThing, setThingStatus, type ThingRef, unlistedMove } from '../listings/things';
import type { SaleRow } from './sales.mapper';

/**
 * Undoes a sale recorded by mistake (ADR 012). The sale stays, marked void with its reason, and no figure
 * counts it again. Unless a restocking refund already brought them back, the things it sold return to the
 * status they had before it and its listings to active or ended as they were.
 */
export async function voidSale(tx: DbOrTx, who: Acting, row: SaleRow, reason: string): Promise<void> {
  if (row.voidedAt) throw new AppError('CONFLICT', 'This sale is already voided');
  const ref: ThingRef | null =
    row.buildId !== null ? { buildId: row.buildId } : row.partId !== null ? { partId: row.partId } : null;
  // A restocking refund brought them back already (and recomputed their acquired days).
  const backOn = !row.restocked && ref ? await putBack(tx, who, row, ref) : [];
  await tx
    .update(saleItem)
    .set({ restocked: true })
    .where(and(eq(saleItem.saleId, row.id), eq(saleItem.ownerId, who.ownerId)));
  await tx
    .update(sale)
    .set({ voidedAt: who.now, voidReason: reason, updatedAt: who.now })
    .where(eq(sale.id, row.id));
  await recordAudit(tx, who, [
    { entity: 'sale', entityId: row.id, action: 'void', changes: { voidReason: { from: null, to: reason } } },
  ]);
  // The sale's day and its refunds' days no longer count it; its parts' acquired days count them held again.
  const refunds = await tx
    .select({ day: saleRefund.refundedAt })
    .from(saleRefund)
    .where(and(eq(saleRefund.saleId, row.id), eq(saleRefund.ownerId, who.ownerId)));
  await recomputeDays(tx, who.ownerId, [row.soldAt, ...refunds.map((r) => r.day), ...backOn]);
}

/** Returns the sold things to what they were; answers the acquired days of the parts that came back. */
async function putBack(tx: DbOrTx, who: Acting, row: SaleRow, ref: ThingRef): Promise<string[]> {
  const thing = await lockThing(tx, who.ownerId, ref);
  if (thing.status !== 'sold')
    throw new AppError('CONFLICT', `“${thing.name}” is no longer sold by this sale`);
  // Sales recorded before voids existed did not keep what they changed: their sold listing ends.
  const before: SaleBefore = row.before ?? {
    status: thing.kind === 'part' ? 'in_stock' : 'ready',
    listings:
      row.listingId !== null
        ? [{ id: row.listingId, status: 'ended', restoreStatus: null, endedAt: null }]
        : [],
  };
  const audit: AuditEntry[] = [];
  let activeAgain = false;
  for (const l of before.listings) {
    // The sold listing became sold, the others ended; one deleted or changed since is left alone.
    const restored = await tx
      .update(listing)
      .set({ status: l.status, restoreStatus: l.restoreStatus, endedAt: l.endedAt, updatedAt: who.now })
      .where(
        and(
          eq(listing.id, l.id),
          eq(listing.ownerId, who.ownerId),
          inArray(listing.status, l.id === row.listingId ? ['sold'] : ['ended']),
        ),
      )
      .returning({ id: listing.id, status: listing.status });
    if (restored.length === 0) continue;
    if (l.status === 'active') activeAgain = true;
    const from = l.id === row.listingId ? 'sold' : 'ended';
    if (from !== l.status)
      audit.push({
        entity: 'listing',
        entityId: l.id,
        action: 'status',
        changes: { status: { from, to: l.status } },
      });
  }
  let status = before.status;
  // Listed before the sale, but no listing of it is active again: back to what the listing remembered.
  if (status === 'listed' && !activeAgain)
    status =
      before.listings.find((l) => l.status === 'active')?.restoreStatus ??
      (thing.kind === 'part' ? 'in_stock' : 'ready');
  await setThingStatus(tx, who, thing, unlistedMove(thing, status), { saleId: { from: row.id, to: null } });
  await recordAudit(tx, who, audit);
  return thing.parts.map((p) => p.acquiredAt);
}
