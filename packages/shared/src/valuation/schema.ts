import { z } from 'zod';
import { Condition } from '../parts/enums';

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;

/**
 * Where a value came from: the user's own expected price; their sales of the same catalog part; of the same
 * model family (any brand); the catalog's price new, depreciated; or, with nothing else, the part's cost.
 */
export const VALUATION_BASES = [
  'expected',
  'comps_same_part',
  'comps_same_model',
  'reference',
  'cost',
] as const;
export const ValuationBasis = z.enum(VALUATION_BASES);
export type ValuationBasis = z.infer<typeof ValuationBasis>;

export const Comp = z.object({
  saleId: z.number().int(),
  partId: z.number().int(),
  name: z.string(),
  soldAt: z.string(),
  condition: Condition,
  grade: z.number().int().nullable(),
  /** What it sold for, less refunds. */
  priceCents: z.number().int(),
  /** The price adjusted to the valued part's condition and grade. */
  adjustedCents: z.number().int(),
  /** How much it counts: 1 sold today, 0.5 sold 90 days ago. */
  weight: z.number(),
  match: z.enum(['same_part', 'same_model']),
});
export type Comp = z.infer<typeof Comp>;

export const Valuation = z.object({
  valueCents: z.number().int(),
  lowCents: z.number().int(),
  highCents: z.number().int(),
  confidence: Confidence,
  basis: ValuationBasis,
  comps: z.array(Comp),
});
export type Valuation = z.infer<typeof Valuation>;

export const PartValuation = Valuation.extend({ partId: z.number().int() });
export type PartValuation = z.infer<typeof PartValuation>;

export const BuildValuation = Valuation.extend({
  /** The parts' values summed: what parting it out would bring. */
  partOutCents: z.number().int(),
  /** Whole PC ÷ part-out, learned from the user's build sales; 1.0 until there are 3. */
  wholePcFactor: z.number(),
  /** Build sales the factor was learned from. */
  buildSales: z.number().int(),
  /** What the build's parts cost. */
  costCents: z.number().int(),
  parts: z.array(PartValuation.omit({ comps: true }).extend({ name: z.string() })),
});
export type BuildValuation = z.infer<typeof BuildValuation>;

/** Ids of parts to value at once (a page of the inventory), comma-separated: `?ids=12,15,31`. */
export const PartValuesQuery = z.object({
  ids: z
    .string()
    .regex(/^\d{1,15}(,\d{1,15}){0,199}$/, 'must be up to 200 part ids, comma-separated')
    .transform((s) => [...new Set(s.split(',').map(Number))]),
});

export const PartValueList = z.object({ items: z.array(PartValuation.omit({ comps: true })) });
export type PartValueList = z.infer<typeof PartValueList>;

/** The stock (every part not sold or archived): what it cost and what it is estimated to be worth. */
export const StockWorth = z.object({
  count: z.number().int(),
  costCents: z.number().int(),
  valueCents: z.number().int(),
});
export type StockWorth = z.infer<typeof StockWorth>;
