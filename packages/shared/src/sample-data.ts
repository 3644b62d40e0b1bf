import { z } from 'zod';

/** What a sample workshop put into an account, by kind of record. */
export const SampleDataCounts = z.object({
  parts: z.number().int(),
  lots: z.number().int(),
  builds: z.number().int(),
  listings: z.number().int(),
  sales: z.number().int(),
  expenses: z.number().int(),
});
export type SampleDataCounts = z.infer<typeof SampleDataCounts>;

/**
 * Whether the account holds the sample workshop, and whether one can be loaded: only into an account that
 * holds nothing yet, so sample and real records are never mixed up.
 */
export const SampleDataStatus = z.object({
  loaded: z.boolean(),
  canLoad: z.boolean(),
  /** What the sample put in (zeros when not loaded). */
  counts: SampleDataCounts,
});
export type SampleDataStatus = z.infer<typeof SampleDataStatus>;
