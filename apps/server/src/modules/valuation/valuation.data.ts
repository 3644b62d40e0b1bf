import type { SoldPart, Subject } from '@partwise/shared';
import { COMP_WINDOW_DAYS } from '@partwise/shared';
import { and, eq, gte, inArray, isNotNull, isNull, not, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { catalogPart, part, sale } from '../../db/schema';

/** YYYY-MM-DD, `days` before `day`. */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The owner's sales of single parts in the comp window, with what the parts were: one index range scan on
 * (owner, sold_at). Restocked sales did not happen; refunds come off the price.
 */
export async function soldPartsSince(db: DbOrTx, ownerId: string, today: string): Promise<SoldPart[]> {
  const rows = await db
    .select({
      saleId: sale.id,
      partId: part.id,
      name: part.name,
      category: part.category,
      specs: part.specs,
      catalogPartId: part.catalogPartId,
      condition: part.condition,
      grade: part.grade,
      soldAt: sale.soldAt,
      priceCents: sql<number>`(${sale.priceCents} - ${sale.refundedCents})::int`,
    })
    .from(sale)
    .innerJoin(part, eq(part.id, sale.partId))
    .where(
      and(
        eq(sale.ownerId, ownerId),
        gte(sale.soldAt, daysBefore(today, COMP_WINDOW_DAYS)),
        not(sale.restocked),
        isNull(sale.voidedAt),
        isNotNull(sale.partId),
      ),
    );
  return rows;
}

/** Parts of the owner by id, as valuation subjects (with the catalog's lowest price new). */
export async function subjectsOf(db: DbOrTx, ownerId: string, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: part.id,
      category: part.category,
      name: part.name,
      specs: part.specs,
      catalogPartId: part.catalogPartId,
      condition: part.condition,
      grade: part.grade,
      expectedPriceCents: part.expectedPriceCents,
      costCents: part.costCents,
      catalogPriceCents: sql<
        number | null
      >`coalesce(${catalogPart.lowestPriceCents}, ${catalogPart.priceCents})`,
    })
    .from(part)
    .leftJoin(catalogPart, eq(catalogPart.id, part.catalogPartId))
    .where(and(eq(part.ownerId, ownerId), inArray(part.id, [...ids])));
  return rows satisfies (Subject & { id: number })[];
}
