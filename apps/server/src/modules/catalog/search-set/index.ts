import type { Category } from '@partwise/shared';
import { CASE_QUERIES } from './case';
import { COOLER_QUERIES } from './cooler';
import { CPU_QUERIES } from './cpu';
import { GPU_QUERIES } from './gpu';
import { MEMORY_QUERIES } from './memory';
import { MOTHERBOARD_QUERIES } from './motherboard';
import { PSU_QUERIES } from './psu';
import type { SearchCase } from './search-case';
import { STORAGE_QUERIES } from './storage';

export type { SearchCase } from './search-case';

/**
 * Queries as people type them (model numbers without the brand, abbreviations, spec words, typos)
 * with the part each one means: the catalog search's test set. Where a query names only specs or a
 * chip ("16gb ddr4 3200", "gtx 1060 6gb"), the part meant is the most popular one that fits.
 */
export const SEARCH_SET: Record<Exclude<Category, 'other'>, SearchCase[]> = {
  cpu: CPU_QUERIES,
  gpu: GPU_QUERIES,
  motherboard: MOTHERBOARD_QUERIES,
  memory: MEMORY_QUERIES,
  storage: STORAGE_QUERIES,
  psu: PSU_QUERIES,
  case: CASE_QUERIES,
  cooler: COOLER_QUERIES,
};
