import type { CatalogList, CatalogPart, CatalogQuery, Category } from '@partwise/shared';
import { type SQL, sql } from 'drizzle-orm';
import { notFound } from '../../core/errors';
import { type Db, queryRows } from '../../db/client';
import { prefixPattern } from '../../db/like';
import { matchedTerms, parseQuery, relevance, type Term, termMatches, untypedWords } from './catalog-query';

/**
 * Counting every match of a short, common word ("a", "16") costs more than the page itself, and
 * nobody pages through thousands of parts: the total stops at this many and says so (`totalCapped`).
 */
export const MAX_COUNTED = 1000;
/** A typed word is replaced by catalog words at least this similar (pg_trgm similarity, 0 to 1). */
const MIN_SIMILARITY = 0.3;
/** Corrections offered for one typed word: "corsiar" → corsair; "vengance" → vengeance. */
const MAX_CORRECTIONS = 3;

interface PartRow {
  id: string;
  category: Category;
  name: string;
  brand: string | null;
  price_cents: number | null;
  specs: Record<string, unknown>;
  variants: number;
  lowest_price_cents: number | null;
}

const COLUMNS = sql`id, category, name, brand, price_cents, specs, variants, lowest_price_cents`;

const toPart = (row: PartRow): CatalogPart => ({
  id: row.id,
  category: row.category,
  name: row.name,
  brand: row.brand,
  priceCents: row.price_cents,
  specs: row.specs,
  variants: row.variants,
  lowestPriceCents: row.lowest_price_cents,
});

interface Plan {
  where: SQL[];
  order: SQL;
}

export function createCatalogService({ db }: { db: Db }) {
  /** One page of the parts that the plan finds, and how many there are (up to MAX_COUNTED). */
  async function run(plan: Plan, query: CatalogQuery): Promise<CatalogList> {
    const where = sql.join(plan.where, sql` and `);
    const offset = (query.page - 1) * query.pageSize;
    const [items, counted] = await Promise.all([
      queryRows<PartRow>(
        db,
        sql`select ${COLUMNS} from catalog_part where ${where}
            order by ${plan.order} limit ${query.pageSize} offset ${offset}`,
      ),
      queryRows<{ total: number }>(
        db,
        sql`select count(*)::int as total
            from (select 1 from catalog_part where ${where} limit ${MAX_COUNTED + 1}) as matches`,
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
  }

  /**
   * Terms whose words start no catalog word are typos or words the catalog lacks: a typo becomes the
   * closest catalog words, anything else is left out ("ram" and "black" of a kit the catalog does not
   * describe so would otherwise find nothing).
   */
  async function correct(terms: Term[]): Promise<Term[]> {
    const corrected = await Promise.all(
      terms.map(async (term): Promise<Term> => {
        const [word] = term;
        if (word === undefined) return [];
        const [known] = await queryRows<{ found: boolean }>(
          db,
          sql`select exists(select 1 from catalog_word where word like ${prefixPattern(word)}) as found`,
        );
        if (known?.found) return term;
        if (word.length < 4) return [];
        const close = await queryRows<{ word: string }>(
          db,
          sql`select word from catalog_word
              where word % ${word} and similarity(word, ${word}) >= ${MIN_SIMILARITY}
              order by similarity(word, ${word}) desc, parts desc, word limit ${MAX_CORRECTIONS}`,
        );
        return close.map((c) => c.word);
      }),
    );
    return corrected.filter((term) => term.length > 0);
  }

  const baseWhere = (query: CatalogQuery): SQL[] => [
    sql`id = variant_of`,
    ...(query.category ? [sql`category = ${query.category}`] : []),
  ];

  /** Every term matches; closest first (whole words, then fewest untyped model words), then most popular. */
  const strict = (terms: Term[], query: CatalogQuery): Plan => ({
    where: [...baseWhere(query), ...terms.map(termMatches)],
    order: sql`${relevance(terms)} desc, ${untypedWords(terms)}, popularity, id`,
  });

  /** All terms but one match: for a query with a word that this part's name lacks. */
  const relaxed = (terms: Term[], query: CatalogQuery): Plan => ({
    where: [
      ...baseWhere(query),
      sql`(${sql.join(terms.map(termMatches), sql` or `)})`,
      sql`${matchedTerms(terms)} >= ${Math.max(1, terms.length - 1)}`,
    ],
    order: sql`${matchedTerms(terms)} desc, ${relevance(terms)} desc, ${untypedWords(terms)}, popularity, id`,
  });

  return {
    /**
     * Names, model numbers and spec words ("970 evo plus 1tb", "16gb ddr4 3200 cl16", "650w gold"):
     * every word must start a word of the part's search text. When nothing matches, typos are
     * corrected and words the catalog does not know are left out; when still nothing matches, parts
     * that match all words but one are offered. Identical variants come back as one part.
     */
    async search(query: CatalogQuery): Promise<CatalogList> {
      const terms = parseQuery(query.q ?? '');
      if (terms.length === 0) {
        // Only punctuation ("%", "-") matches nothing rather than everything.
        const where = query.q ? [...baseWhere(query), sql`false`] : baseWhere(query);
        return run({ where, order: sql`popularity, id` }, query);
      }
      const exact = await run(strict(terms, query), query);
      if (exact.total > 0) return exact;
      const corrected = await correct(terms);
      if (corrected.length === 0) return exact;
      const changed = JSON.stringify(corrected) !== JSON.stringify(terms);
      const fixed = changed ? await run(strict(corrected, query), query) : exact;
      if (fixed.total > 0 || corrected.length < 2) return fixed;
      return run(relaxed(corrected, query), query);
    },

    async get(id: string): Promise<CatalogPart> {
      const [row] = await queryRows<PartRow>(db, sql`select ${COLUMNS} from catalog_part where id = ${id}`);
      if (!row) throw notFound('Catalog part');
      return toPart(row);
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
