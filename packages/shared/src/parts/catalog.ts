import { z } from 'zod';
import { pageOf } from '../pagination';
import { SearchText } from '../text';
import { Category } from './enums';
import { CatalogPartId } from './part';

export const CatalogPart = z.object({
  id: z.string(),
  category: Category,
  name: z.string(),
  brand: z.string().nullable(),
  /** Price new when the catalog was scraped (July 2025, USD); null when no retailer listed one. */
  priceCents: z.number().int().nullable(),
  specs: z.record(z.string(), z.unknown()),
  /**
   * Catalog rows that are this same part: the same name and specs, told apart only by price (the
   * catalog has no colour, so most are colours or other retailers' listings). Search shows one of them.
   */
  variants: z.number().int().min(1),
  /** The lowest price new among those variants; null when none had a price. */
  lowestPriceCents: z.number().int().nullable(),
});
export type CatalogPart = z.infer<typeof CatalogPart>;

/**
 * The name a flipper would use. Graphics cards are listed by board ("Asus DUAL OC"), so the chipset is
 * put in: "Asus GeForce RTX 3070 DUAL OC".
 */
export function catalogName(entry: Pick<CatalogPart, 'name' | 'category' | 'brand' | 'specs'>): string {
  const chipset = entry.specs.chipset;
  if (entry.category !== 'gpu' || typeof chipset !== 'string') return entry.name;
  if (entry.name.toLowerCase().includes(chipset.toLowerCase())) return entry.name;
  const brand = entry.brand ?? '';
  const rest = brand && entry.name.startsWith(brand) ? entry.name.slice(brand.length).trim() : entry.name;
  return [brand, chipset, rest].filter(Boolean).join(' ');
}

export const CatalogPartParams = z.object({ id: CatalogPartId });

export const CatalogQuery = z.object({
  category: Category.optional(),
  /**
   * What the person typed: names, model numbers ("970 evo plus", "i7-12700k", "3070ti") and spec words
   * ("16GB", "DDR4-3200", "CL16", "1TB NVMe", "650W", "gold"). Small typos are corrected.
   */
  q: SearchText.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CatalogQuery = z.infer<typeof CatalogQuery>;

export const CatalogList = pageOf(CatalogPart).extend({
  /** true when more parts match than `total` says: the server stops counting at 1000. */
  totalCapped: z.boolean(),
});
export type CatalogList = z.infer<typeof CatalogList>;
