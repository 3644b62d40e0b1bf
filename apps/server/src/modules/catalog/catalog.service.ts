import type { CatalogList, CatalogPart, CatalogQuery, Category } from '@partwise/shared';
import { type SQL, sql } from 'drizzle-orm';
import { notFound } from '../../core/errors';
import { type Db, queryRows } from '../../db/client';
import { containsPattern } from '../../db/like';
import { queryWords } from './catalog-text';

/**
 * Counting every match of a short, common word ("a", "16") costs more than the page itself, and
 * nobody pages through thousands of parts: the total stops at this many and says so (`totalCapped`).
 */
export const MAX_COUNTED = 1000;
/** More words than this add nothing to a part name search but cost one index condition each. */
const MAX_WORDS = 8;

interface PartRow {
  id: string;
  category: Category;
  name: string;
  brand: string | null;
  price_cents: number | null;
  specs: Record<string, unknown>;
}

const toPart = (row: PartRow): CatalogPart => ({
  id: row.id,
  category: row.category,
  name: row.name,
  brand: row.brand,
  priceCents: row.price_cents,
  specs: row.specs,
});

export function createCatalogService({ db }: { db: Db }) {
  return {
    /**
     * Every word of q must start a word of the part's search text (name, brand, GPU chipset and
     * spelling variants; see buildSearchText). Order: the name is q (exactly, or after the brand),
     * then starts with q, then priced parts, then by name and id.
     */
    async search(query: CatalogQuery): Promise<CatalogList> {
      const words = queryWords(query.q ?? '').slice(0, MAX_WORDS);
      const conditions: SQL[] = [];
      if (query.category) conditions.push(sql`category = ${query.category}`);
      // search_text is lower case and starts with a space; see buildSearchText.
      for (const word of words) conditions.push(sql`search_text like ${containsPattern(` ${word}`)}`);
      const where = conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;

      const phrase = words.join(' ');
      const nameRank =
        words.length === 0
          ? sql``
          : sql`case
              when lower(name) = ${phrase} or lower(name) = lower(brand) || ' ' || ${phrase} then 0
              when starts_with(lower(name), ${phrase})
                or starts_with(lower(name), lower(brand) || ' ' || ${phrase}) then 1
              else 2 end,`;
      const offset = (query.page - 1) * query.pageSize;
      const [items, counted] = await Promise.all([
        queryRows<PartRow>(
          db,
          sql`select id, category, name, brand, price_cents, specs from catalog_part ${where}
              order by ${nameRank} price_cents is null, lower(name), id
              limit ${query.pageSize} offset ${offset}`,
        ),
        queryRows<{ total: number }>(
          db,
          sql`select count(*)::int as total
              from (select 1 from catalog_part ${where} limit ${MAX_COUNTED + 1}) as matches`,
        ),
      ]);
      const total = counted[0]?.total ?? 0;
      return {
        items: items.map(toPart),
        total: Math.min(total, MAX_COUNTED),
        totalCapped: total > MAX_COUNTED,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(id: string): Promise<CatalogPart> {
      const [row] = await queryRows<PartRow>(
        db,
        sql`select id, category, name, brand, price_cents, specs from catalog_part where id = ${id}`,
      );
      if (!row) throw notFound('Catalog part');
      return toPart(row);
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
