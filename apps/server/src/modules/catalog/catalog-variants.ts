import type { CatalogRow } from './catalog-mapping';

/** A catalog row with the variant group it belongs to. */
export interface GroupedRow extends CatalogRow {
  /** The most popular row with the same category, name and specs; search shows only those. */
  variantOf: string;
  variants: number;
  lowestPriceCents: number | null;
}

/**
 * Rows with the same category, name and specs are one part for a buyer (the dataset dropped colour, so
 * "Corsair Vengeance LPX 16 GB" DDR4-3200 CL16 2 × 8 GB is six rows told apart only by price): each
 * points at the most popular of them, with their count and lowest price.
 */
export function groupVariants(rows: CatalogRow[]): GroupedRow[] {
  const groups = new Map<string, CatalogRow[]>();
  for (const row of rows) {
    const key = JSON.stringify([row.category, row.name, row.specs]);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].flatMap((group) => {
    const [first] = [...group].sort((a, b) => a.popularity - b.popularity || a.id.localeCompare(b.id));
    const prices = group.map((r) => r.priceCents).filter((p) => p !== null);
    const lowestPriceCents = prices.length > 0 ? Math.min(...prices) : null;
    return group.map((row) => ({
      ...row,
      variantOf: first?.id ?? row.id,
      variants: group.length,
      lowestPriceCents,
    }));
  });
}

/** How many searched rows (one per variant group) have each word of the search text. */
export function countWords(rows: GroupedRow[], into: Map<string, number>): void {
  for (const row of rows) {
    if (row.id !== row.variantOf) continue;
    for (const word of row.searchText.split(' ')) {
      if (word !== '') into.set(word, (into.get(word) ?? 0) + 1);
    }
  }
}
