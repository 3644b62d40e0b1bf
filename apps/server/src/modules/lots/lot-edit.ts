import { formatCents, type LotUpdate, splitLot } from '@partwise/shared';
import { and, eq, inArray, min } from 'drizzle-orm';
import type { z } from 'zod';
import type { Acting } from '../../core/caller';
import { AppError } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { part, purchaseLot, sale, saleItem } from '../../db/schema';
import { recomputeDays, saleDaysOfParts } from '../analytics/aggregates';
import { type AuditEntry, type Changes, diff, recordAudit } from '../audit/audit';
import type { PartRow } from '../parts/parts.mapper';

type LotRow = typeof purchaseLot.$inferSelect;
type Patch = z.output<typeof LotUpdate>;

const money = (cents: number) => formatCents(cents, 'USD', 'en-US');
const refuse = (field: string, message: string) =>
  new AppError('RULE_VIOLATION', message, { [field]: message });

/** Each part's new weight, checked: a part of the lot, and not sold (its cost is its sale's now). */
function newWeights(parts: PartRow[], patch: Patch): Map<number, number> {
  const weights = new Map(parts.map((p) => [p.id, p.lotWeight ?? 1]));
  for (const [index, { partId, weight }] of (patch.weights ?? []).entries()) {
    const found = parts.find((p) => p.id === partId);
    if (!found) throw refuse(`weights.${index}.partId`, `Part #${partId} is not a part of this lot`);
    if (found.status === 'sold' && weight !== weights.get(partId))
      throw refuse(`weights.${index}.weight`, `“${found.name}” is sold: its cost is fixed by its sale`);
    weights.set(partId, weight);
  }
  return weights;
}

/** The parts' costs after a new price or new weights (splitLot: sold parts keep theirs), or the refusal. */
function newCosts(parts: PartRow[], total: number, weights: Map<number, number>): Map<number, number> {
  const split = splitLot(
    total,
    parts.map((p) => ({ costCents: p.costCents, sold: p.status === 'sold', weight: weights.get(p.id) ?? 1 })),
  );
  if (!split.ok && split.reason === 'all_sold')
    throw refuse(
      'totalCostCents',
      `Every part is sold, so the price stays ${money(split.soldCents)}, what their sales hold`,
    );
  if (!split.ok)
    throw refuse(
      'totalCostCents',
      `The price must be at least ${money(split.soldCents)}: the parts already sold cost that in their sales`,
    );
  return new Map(parts.map((p, i) => [p.id, split.costs[i] ?? p.costCents]));
}

/** A lot's new date cannot come after the sale of one of its parts. */
async function checkDate(tx: DbOrTx, ownerId: string, parts: PartRow[], acquiredAt: string) {
  const ids = parts.map((p) => p.id);
  if (ids.length === 0) return;
  const [first] = await tx
    .select({ soldAt: min(sale.soldAt), name: sale.itemName })
    .from(saleItem)
    .innerJoin(sale, eq(sale.id, saleItem.saleId))
    .where(and(eq(saleItem.ownerId, ownerId), inArray(saleItem.partId, ids), eq(saleItem.restocked, false)))
    .groupBy(sale.itemName)
    .orderBy(min(sale.soldAt))
    .limit(1);
  if (first?.soldAt && first.soldAt < acquiredAt)
    throw refuse('acquiredAt', `“${first.name}” was sold on ${first.soldAt}, before that date`);
}

/**
 * Applies a lot's changes in the caller's transaction (the lot and its parts locked): the lot's fields, its
 * parts' costs split again when the price or a weight changes, its date and source on its parts. Every
 * changed row gets its history entry.
 */
export async function editLot(tx: DbOrTx, who: Acting, lot: LotRow, patch: Patch): Promise<void> {
  const { ownerId } = who;
  const parts = await tx
    .select()
    .from(part)
    .where(and(eq(part.lotId, lot.id), eq(part.ownerId, ownerId)))
    .orderBy(part.id)
    .for('update');
  const weights = newWeights(parts, patch);
  const total = patch.totalCostCents ?? lot.totalCostCents;
  const weightsChanged = parts.some((p) => weights.get(p.id) !== (p.lotWeight ?? 1));
  const costs = total !== lot.totalCostCents || weightsChanged ? newCosts(parts, total, weights) : null;
  const acquiredAt = patch.acquiredAt ?? lot.acquiredAt;
  if (acquiredAt !== lot.acquiredAt) await checkDate(tx, ownerId, parts, acquiredAt);
  const source = patch.source === undefined ? lot.source : patch.source;

  const { weights: _weights, ...fields } = patch;
  const lotChanges: Changes = diff(lot, fields);
  if (weightsChanged) {
    lotChanges.weights = {
      from: parts.map((p) => ({ partId: p.id, weight: p.lotWeight ?? 1 })),
      to: parts.map((p) => ({ partId: p.id, weight: weights.get(p.id) })),
    };
  }
  if (Object.keys(lotChanges).length === 0) return;
  await tx
    .update(purchaseLot)
    .set({ ...fields, updatedAt: who.now })
    .where(and(eq(purchaseLot.id, lot.id), eq(purchaseLot.ownerId, ownerId)));

  const audit: AuditEntry[] = [{ entity: 'lot', entityId: lot.id, action: 'update', changes: lotChanges }];
  for (const p of parts) {
    const next = {
      costCents: costs?.get(p.id) ?? p.costCents,
      lotWeight: weights.get(p.id) ?? 1,
      acquiredAt,
      source,
    };
    const changes = diff({ ...p, lotWeight: p.lotWeight ?? 1 }, next);
    if (Object.keys(changes).length === 0) continue;
    await tx
      .update(part)
      .set({ ...next, updatedAt: who.now })
      .where(and(eq(part.id, p.id), eq(part.ownerId, ownerId)));
    audit.push({ entity: 'part', entityId: p.id, action: 'lot_update', changes });
  }
  await recordAudit(tx, who, audit);
  const movedParts = parts.filter((p) => p.acquiredAt !== acquiredAt).map((p) => p.id);
  await recomputeDays(tx, ownerId, [
    lot.acquiredAt,
    acquiredAt,
    ...parts.flatMap((p) => [p.acquiredAt, p.archivedAt]),
    // Sold parts whose date moved: their sales' days to sell are kept on the sales' days.
    ...(await saleDaysOfParts(tx, ownerId, movedParts)),
  ]);
}
