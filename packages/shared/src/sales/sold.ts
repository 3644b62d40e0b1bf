import { z } from 'zod';
import { Platform } from './fees';

/** The sale that sold a part or a build, as its page and lists show it instead of an expected profit. */
export const SoldSummary = z.object({
  saleId: z.number().int(),
  soldAt: z.string(),
  platform: Platform,
  priceCents: z.number().int(),
  feesCents: z.number().int(),
  shippingCents: z.number().int(),
  /** The sale's profit, refunds included (see Sale.profitCents). */
  profitCents: z.number().int(),
});
export type SoldSummary = z.infer<typeof SoldSummary>;
