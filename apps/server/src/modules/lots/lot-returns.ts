import { allocateCents, type LotReturn, type LotSale } from '@partwise/shared';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { sale, saleItem } from '../../db/schema';
import type { PartRow } from '../parts/parts.mapper';

interface Item {
  saleId: number;
  partId: number;
  costCents: number;
  restocked: boolean;
}

/** `amount` split across the items by their cost (equally when none has a cost), sign kept. */
function shareOf(amount: number, items: Item[], mine: Set<number>): number {
  const weighed = items.some((i) => i.costCents > 0) ? items.filter((i) => i.costCents > 0) : items;
  const shares = allocateCents(
    Math.abs(amount),
    weighed.map((i) => Math.max(i.costCents, 1)),
  );
  const total = weighed.reduce(
    (sum, item, index) => sum + (mine.has(item.partId) ? (shares[index] ?? 0) : 0),
    0,
  );
  return amount < 0 ? -total : total;
}

/**
 * What a lot's parts have brought back: every sale of any of them (a build sale's money split by its parts'
 * cost), net of fees, shipping and refunds, against the lot's price.
 */
export async function lotReturns(
  db: DbOrTx,
  ownerId: string,
  paidCents: number,
  parts: PartRow[],
): Promise<LotReturn> {
  const mine = new Set(parts.map((p) => p.id));
  const sold = parts.filter((p) => p.status === 'sold');
  const unsold = parts.filter((p) => p.status !== 'sold');
  const saleIds =
    mine.size === 0
      ? []
      : (
          await db
            .selectDistinct({ id: saleItem.saleId })
            .from(saleItem)
            .innerJoin(sale, eq(sale.id, saleItem.saleId))
            // A voided sale brought nothing back.
            .where(
              and(eq(saleItem.ownerId, ownerId), inArray(saleItem.partId, [...mine]), isNull(sale.voidedAt)),
            )
        ).map((r) => r.id);
  const [sales, items] =
    saleIds.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .select()
            .from(sale)
            .where(and(eq(sale.ownerId, ownerId), inArray(sale.id, saleIds))),
          db
            .select({
              saleId: saleItem.saleId,
              partId: saleItem.partId,
              costCents: saleItem.costCents,
              restocked: saleItem.restocked,
            })
            .from(saleItem)
            .where(and(eq(saleItem.ownerId, ownerId), inArray(saleItem.saleId, saleIds))),
        ]);

  let broughtBackCents = 0;
  let refundedCents = 0;
  let soldCostCents = 0;
  const lotSales: LotSale[] = sales.map((s) => {
    const ofSale = items.filter((i) => i.saleId === s.id);
    const ours = ofSale.filter((i) => mine.has(i.partId));
    const net = s.priceCents - s.feesCents - s.shippingCents - s.refundedCents;
    const share = shareOf(net, ofSale, mine);
    const refunded = shareOf(s.refundedCents, ofSale, mine);
    broughtBackCents += share;
    refundedCents += refunded;
    soldCostCents += ours.filter((i) => !i.restocked).reduce((sum, i) => sum + i.costCents, 0);
    return {
      saleId: s.id,
      soldAt: s.soldAt,
      itemName: s.itemName,
      platform: s.platform,
      partIds: ours.map((i) => i.partId).sort((a, b) => a - b),
      broughtBackCents: share,
      refundedCents: refunded,
      restocked: ours.every((i) => i.restocked),
    };
  });
  lotSales.sort((a, b) => b.soldAt.localeCompare(a.soldAt) || b.saleId - a.saleId);
  return {
    paidCents,
    broughtBackCents,
    refundedCents,
    returnCents: broughtBackCents - paidCents,
    returnBasisPoints:
      paidCents > 0 ? Number((BigInt(broughtBackCents) * 10_000n) / BigInt(paidCents)) : null,
    profitSoFarCents: broughtBackCents - soldCostCents,
    soldPartCount: sold.length,
    unsoldPartCount: unsold.length,
    unsoldCostCents: unsold.reduce((sum, p) => sum + p.costCents, 0),
    sales: lotSales,
  };
}
