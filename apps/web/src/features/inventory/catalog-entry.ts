import type { CatalogPart } from '@partwise/shared';

/** The price new a catalog result shows: the lowest of its identical variants, "from" when they differ. */
export function catalogPrice(entry: CatalogPart): { cents: number; from: boolean } | null {
  const cents = entry.lowestPriceCents ?? entry.priceCents;
  if (cents === null) return null;
  return { cents, from: entry.variants > 1 && entry.lowestPriceCents !== null };
}

/** "6 variants" for a part the catalog lists several times with the same specs (colours, other sellers). */
export function variantsLabel(entry: CatalogPart): { text: string; title: string } | null {
  if (entry.variants < 2) return null;
  return {
    text: `${entry.variants} variants`,
    title: `The catalog lists this part ${entry.variants} times with the same specs (colours or other sellers); the lowest price new is shown.`,
  };
}
