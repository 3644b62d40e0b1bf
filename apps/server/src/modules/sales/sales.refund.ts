import type { SaleRefundCreate } from '@partwise/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Acting } from '../../core/caller';
import { AppError } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { part, sale, saleItem, saleRefund } from '../../db/schema';
import { recomputeDays } from '../analytics/aggregates';
import { recordAudit } from '../audit/audit';
import { lockThing, moveOf, setThingStatus } from '../listings/things';
import type { SaleRow } from './sales.mapper';

type RefundInput = z.output<typeof SaleRefundCreate>;

/**
 * A full or partial refund of a locked sale. With restock the goods come back: a part goes back to stock, a
 * build back to ready with its parts in it (a returned PC comes back assembled; part it out to free the
 * parts), each part at the cost it was sold at, and the sale's cost of goods is returned.
 */
export async function refundSale(tx: DbOrTx, who: Acting, row: SaleRow, input: RefundInput): Promise<void> {
  const refundable = row.priceCents - row.refundedCents;
  if (input.amountCents > refundable) {
    throw new AppError('RULE_VIOLATION', `At most ${refundable} cents remain to refund on this sale`, {
      amountCents: `must be at most ${refundable}`,
    });
  }
  if (input.amountCents === 0 && !input.restock)
    throw new AppError('VALIDATION_FAILED', 'Nothing to record', {
      amountCents: 'must be > 0 without restock',
    });
  if (input.restock && row.restocked) throw new AppError('CONFLICT', 'This sale was already restocked');

  const cogsReturnedCents = input.restock ? row.cogsCents : 0;
  // A restock puts the parts back at the cost they were sold at: their purchase days are recomputed too.
  const partDays = input.restock ? await restock(tx, who, row) : [];
  const [refund] = await tx
    .insert(saleRefund)
    .values({
      ownerId: who.ownerId,
      saleId: row.id,
      refundedAt: input.refundedAt ?? who.today,
      amountCents: input.amountCents,
      restock: input.restock,
      cogsReturnedCents,
      note: input.note ?? null,
    })
    .returning({ id: saleRefund.id });
  await tx
    .update(sale)
    .set({
      refundedCents: row.refundedCents + input.amountCents,
      cogsReturnedCents: row.cogsReturnedCents + cogsReturnedCents,
      restocked: row.restocked || input.restock,
      updatedAt: who.now,
    })
    .where(eq(sale.id, row.id));
  await recordAudit(tx, who, [
    {
      entity: 'sale',
      entityId: row.id,
      action: 'refund',
      changes: {
        refundedCents: { from: row.refundedCents, to: row.refundedCents + input.amountCents },
        ...(input.restock
          ? { restocked: { from: false, to: true }, refundId: { from: null, to: refund?.id } }
          : {}),
      },
    },
  ]);
  await recomputeDays(tx, who.ownerId, [input.refundedAt ?? who.today, ...partDays]);
}

/** Answers the purchase days of the parts that came back. */
async function restock(tx: DbOrTx, who: Acting, row: SaleRow): Promise<string[]> {
  const { ownerId } = who;
  const items = await tx
    .select({ partId: saleItem.partId, costCents: saleItem.costCents })
    .from(saleItem)
    .where(and(eq(saleItem.saleId, row.id), eq(saleItem.ownerId, ownerId)));
  const back = { saleId: { from: row.id, to: null } };
  const ref =
    row.buildId !== null ? { buildId: row.buildId } : row.partId !== null ? { partId: row.partId } : null;
  if (ref) {
    const thing = await lockThing(tx, ownerId, ref);
    await setThingStatus(tx, who, thing, moveOf(thing, 'restock'), back);
  }
  const days: string[] = [];
  for (const item of items) {
    const [back] = await tx
      .update(part)
      .set({ costCents: item.costCents })
      .where(and(eq(part.id, item.partId), eq(part.ownerId, ownerId)))
      .returning({ acquiredAt: part.acquiredAt });
    if (back) days.push(back.acquiredAt);
  }
  if (items.length > 0) {
    await tx
      .update(saleItem)
      .set({ restocked: true })
      .where(
        and(
          eq(saleItem.saleId, row.id),
          inArray(
            saleItem.partId,
            items.map((i) => i.partId),
          ),
        ),
      );
  }
  return days;
}
