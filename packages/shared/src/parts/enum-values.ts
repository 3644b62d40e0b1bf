import type { Category, Condition, PartStatus } from './enums';

// The enums' values and labels as plain data, apart from their zod schemas (enums.ts): pages that only
// show a label then load no schema library.

export const CATEGORIES = [
  'cpu',
  'gpu',
  'motherboard',
  'memory',
  'storage',
  'psu',
  'case',
  'cooler',
  'other',
] as const;

export const CATEGORY_LABELS: Record<Category, string> = {
  cpu: 'CPU',
  gpu: 'Graphics card',
  motherboard: 'Motherboard',
  memory: 'Memory',
  storage: 'Storage',
  psu: 'Power supply',
  case: 'Case',
  cooler: 'CPU cooler',
  other: 'Other',
};

export const CONDITIONS = ['new', 'used', 'for_parts'] as const;

export const CONDITION_LABELS: Record<Condition, string> = {
  new: 'New',
  used: 'Used',
  for_parts: 'For parts',
};

export const PART_STATUSES = [
  'in_stock',
  'testing',
  'in_build',
  'listed',
  'sold',
  'rma',
  'archived',
] as const;

export const PART_STATUS_LABELS: Record<PartStatus, string> = {
  in_stock: 'In stock',
  testing: 'Testing',
  in_build: 'In a build',
  listed: 'Listed',
  sold: 'Sold',
  rma: 'RMA',
  archived: 'Archived',
};

/** Suggestions for the free-text source field; any other text is accepted too. */
export const SOURCE_SUGGESTIONS = [
  'ebay',
  'facebook_marketplace',
  'craigslist',
  'offerup',
  'reddit_hardwareswap',
  'local_pickup',
  'liquidation_lot',
  'retail_clearance',
] as const;

export const SOURCE_LABELS: Record<string, string> = {
  ebay: 'eBay',
  facebook_marketplace: 'Facebook Marketplace',
  craigslist: 'Craigslist',
  offerup: 'OfferUp',
  reddit_hardwareswap: 'r/hardwareswap',
  local_pickup: 'Local pickup',
  liquidation_lot: 'Liquidation lot',
  retail_clearance: 'Retail clearance',
};

/** Sorts by the estimated value (and value − cost): computed for every matching part, not a column. */
export const PART_VALUE_SORT_FIELDS = ['valueCents', 'unrealizedCents'] as const;

/** The fields the parts list can be sorted by (a leading - sorts descending). */
export const PART_SORT_FIELDS = [
  'name',
  'category',
  'condition',
  'status',
  'costCents',
  'acquiredAt',
  'createdAt',
  'updatedAt',
  ...PART_VALUE_SORT_FIELDS,
] as const;
