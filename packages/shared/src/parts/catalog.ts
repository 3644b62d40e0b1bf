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
});
export type CatalogPart = z.infer<typeof CatalogPart>;

export const CatalogQuery = z.object({
  category: Category.optional(),
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
