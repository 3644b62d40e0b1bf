import {
  type Category,
  OPTIMIZER_SLOTS,
  type OptimizerCandidate,
  type SoldPart,
  valuePart,
} from '@partwise/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { catalogPart, part } from '../../../db/schema';
import { toBuildItem } from '../../builds/builds.compat';
import { soldPartsSince, subjectsOf } from '../../valuation/valuation.data';

/** Catalog parts offered per slot and per kind (socket, memory generation, form factor): the cheapest few. */
export const CATALOG_PER_KIND = 3;

const stockId = (id: number) => `part:${id}`;
const catalogId = (id: string) => `catalog:${id}`;

/** What a candidate id names: one of the owner's parts or a catalog part. */
export function parseCandidateId(id: string): { partId: number } | { catalogPartId: string } {
  return id.startsWith('part:') ? { partId: Number(id.slice(5)) } : { catalogPartId: id.slice(8) };
}

/**
 * The owner's parts in stock (unsold, in no build, not listed) in the slots of a build, at their cost
 * basis, valued as the valuation module values them (the part's own expected price first).
 */
export async function stockCandidates(
  db: DbOrTx,
  ownerId: string,
  today: string,
  sold: SoldPart[],
): Promise<OptimizerCandidate[]> {
  const ids = await db
    .select({ id: part.id })
    .from(part)
    .where(
      and(
        eq(part.ownerId, ownerId),
        eq(part.status, 'in_stock'),
        inArray(part.category, [...OPTIMIZER_SLOTS]),
      ),
    );
  const subjects = await subjectsOf(
    db,
    ownerId,
    ids.map((r) => r.id),
  );
  return subjects.map((s) => ({
    id: stockId(s.id),
    source: 'stock' as const,
    item: toBuildItem(stockId(s.id), s.name, s.category, s.specs),
    costCents: s.costCents,
    expectedValueCents: valuePart(s, sold, today).valueCents,
  }));
}

/**
 * Catalog parts one could buy at their listed price, valued as new parts of the owner's: per slot and per
 * kind of part (socket, memory generation, form factor, case type), the cheapest few with a price. Buying
 * to resell rarely pays, so the search takes them only to fill a slot the stock cannot; the cheapest of
 * each kind are the ones that lose least, and every kind keeps its chance to fit.
 */
export async function catalogCandidates(
  db: DbOrTx,
  today: string,
  sold: SoldPart[],
): Promise<OptimizerCandidate[]> {
  const price = sql<number>`coalesce(${catalogPart.lowestPriceCents}, ${catalogPart.priceCents})`;
  const ranked = db
    .select({
      id: catalogPart.id,
      category: catalogPart.category,
      name: catalogPart.name,
      specs: catalogPart.specs,
      priceCents: price.as('price'),
      rank: sql<number>`row_number() over (partition by ${catalogPart.category}, ${catalogPart.specs}->>'socket', ${catalogPart.specs}->>'memoryType', ${catalogPart.specs}->>'formFactor', ${catalogPart.specs}->>'type' order by ${price}, ${catalogPart.id})`.as(
        'rank',
      ),
    })
    .from(catalogPart)
    .where(
      and(
        sql`${catalogPart.variantOf} is null`,
        sql`${price} > 0`,
        inArray(catalogPart.category, [...OPTIMIZER_SLOTS]),
      ),
    )
    .as('ranked');
  const rows = await db.select().from(ranked).where(sql`${ranked.rank} <= ${CATALOG_PER_KIND}`);
  return rows.map((r) => {
    const category = r.category as Category;
    const value = valuePart(
      {
        category,
        name: r.name,
        specs: r.specs,
        catalogPartId: r.id,
        condition: 'new',
        grade: null,
        expectedPriceCents: null,
        catalogPriceCents: r.priceCents,
        costCents: r.priceCents,
      },
      sold,
      today,
    );
    return {
      id: catalogId(r.id),
      source: 'catalog' as const,
      item: toBuildItem(catalogId(r.id), r.name, category, r.specs),
      costCents: r.priceCents,
      expectedValueCents: value.valueCents,
    };
  });
}

export { soldPartsSince };
