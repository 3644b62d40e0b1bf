import { type SoldSummary, saleProfitCents } from '@partwise/shared';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { sale } from '../../db/schema';

/** The live sale (not voided, goods not back) of each of these builds that has one. */
export async function soldBuilds(
  db: DbOrTx,
  ownerId: string,
  buildIds: number[],
): Promise<Map<number, SoldSummary>> {
  if (buildIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(sale)
    .where(
      and(
        eq(sale.ownerId, ownerId),
        inArray(sale.buildId, buildIds),
        isNull(sale.voidedAt),
        eq(sale.restocked, false),
      ),
    );
  return new Map(
    rows.map((row) => [
      row.buildId ?? 0,
      {
        saleId: row.id,
        soldAt: row.soldAt,
        platform: row.platform,
        priceCents: row.priceCents,
        feesCents: row.feesCents,
        shippingCents: row.shippingCents,
        profitCents: saleProfitCents(row),
      },
    ]),
  );
}
