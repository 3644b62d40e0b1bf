import { z } from 'zod';
import { pageOf } from '../pagination';
import { Category } from './enums';

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

export const CatalogQuery = z.object({
  category: Category.optional(),
  /**
   * What the person typed: names, model numbers ("970 evo plus", "i7-12700k", "3070ti") and spec words
   * ("16GB", "DDR4-3200", "CL16", "1TB NVMe", "650W", "gold"). Small typos are corrected.
   */
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CatalogQuery = z.infer<typeof CatalogQuery>;

export const CatalogList = pageOf(CatalogPart).extend({
  /** true when more parts match than `total` says: the server stops counting at 1000. */
  totalCapped: z.boolean(),
});
export type CatalogList = z.infer<typeof CatalogList>;
