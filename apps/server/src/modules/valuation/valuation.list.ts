import type { PartFilters, PartList, PartQuery, StockWorth } from '@partwise/shared';
import { valuePart } from '@partwise/shared';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { catalogPart, part } from '../../db/schema';
import { toPartListItem } from '../parts/parts.mapper';
import { partsWhere } from '../parts/parts.query';
import { soldPartsSince } from './valuation.data';

/** A list sorted by value or value − cost, or filtered to "worth more than it cost", needs their values. */
export const needsValues = (q: PartFilters) =>
  q.worthMore !== undefined || /^-?(valueCents|unrealizedCents)$/.test(q.sort);

/**
 * Every part matching the filters with its estimated value, filtered to "worth more than it cost" when asked
 * and sorted (two queries: the parts with their catalog price, and the owner's sales). Only the views that
 * sort or filter by value pay for it; the default list stays an index scan of one page.
 */
export async function valuedParts(db: DbOrTx, ownerId: string, today: string, q: PartFilters) {
  const [rows, sold] = await Promise.all([
    db
      .select({
        row: part,
        catalogPriceCents: sql<
          number | null
        >`coalesce(${catalogPart.lowestPriceCents}, ${catalogPart.priceCents})`,
      })
      .from(part)
      .leftJoin(catalogPart, eq(catalogPart.id, part.catalogPartId))
      .where(partsWhere(ownerId, q)),
    soldPartsSince(db, ownerId, today),
  ]);
  let valued = rows.map(({ row, catalogPriceCents }) => {
    const value = valuePart({ ...row, catalogPriceCents }, sold, today).valueCents;
    return { row, value, unrealized: value - row.costCents };
  });
  if (q.worthMore) valued = valued.filter((v) => v.unrealized > 0);
  const descending = q.sort.startsWith('-');
  const field = q.sort.replace(/^-/, '');
  const sortKey = (v: (typeof valued)[number]): number | string => {
    if (field === 'valueCents') return v.value;
    if (field === 'unrealizedCents') return v.unrealized;
    const cell = v.row[field as keyof typeof v.row];
    return cell instanceof Date ? cell.getTime() : typeof cell === 'number' ? cell : String(cell ?? '');
  };
  const direction = descending ? -1 : 1;
  return valued.sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    const by = x < y ? -1 : x > y ? 1 : a.row.id - b.row.id;
    return by * direction;
  });
}

/** The parts list when it sorts or filters by value: every matching part valued, then one page of them. */
export async function listByValue(
  db: DbOrTx,
  ownerId: string,
  today: string,
  q: PartQuery,
): Promise<PartList> {
  const valued = await valuedParts(db, ownerId, today, q);
  const start = (q.page - 1) * q.pageSize;
  return {
    items: valued.slice(start, start + q.pageSize).map((v) => toPartListItem(v.row)),
    total: valued.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The stock's estimated worth against its cost: every unsold part valued (two queries). */
export async function stockWorth(db: DbOrTx, ownerId: string, today: string): Promise<StockWorth> {
  const [rows, sold] = await Promise.all([
    db
      .select({
        row: part,
        catalogPriceCents: sql<
          number | null
        >`coalesce(${catalogPart.lowestPriceCents}, ${catalogPart.priceCents})`,
      })
      .from(part)
      .leftJoin(catalogPart, eq(catalogPart.id, part.catalogPartId))
      .where(and(eq(part.ownerId, ownerId), notInArray(part.status, ['sold', 'archived']))),
    soldPartsSince(db, ownerId, today),
  ]);
  let costCents = 0;
  let valueCents = 0;
  for (const { row, catalogPriceCents } of rows) {
    costCents += row.costCents;
    valueCents += valuePart({ ...row, catalogPriceCents }, sold, today).valueCents;
  }
  return { count: rows.length, costCents, valueCents };
}
