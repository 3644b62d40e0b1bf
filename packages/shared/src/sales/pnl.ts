import { z } from 'zod';
import { IsoDate } from '../parts/part';

/** Both ends included; either may be left out (from the first record, to the last). */
export const PnlQuery = z
  .object({ from: IsoDate.optional(), to: IsoDate.optional() })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'must not be after to', path: ['from'] });
export type PnlQuery = z.infer<typeof PnlQuery>;

/**
 * Profit and loss for a date range, in cents. Sales count on their sale date, refunds (and the cost of
 * goods they bring back) on their refund date, expenses on their date:
 * net = revenue − fees − shipping − (cogs − cogsReturned) − refunds − expenses.
 */
export const Pnl = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  salesCount: z.number().int(),
  revenueCents: z.number().int(),
  feesCents: z.number().int(),
  shippingCents: z.number().int(),
  cogsCents: z.number().int(),
  cogsReturnedCents: z.number().int(),
  refundsCents: z.number().int(),
  expensesCents: z.number().int(),
  /** revenue − fees − shipping − (cogs − cogsReturned) − refunds */
  grossProfitCents: z.number().int(),
  netProfitCents: z.number().int(),
});
export type Pnl = z.infer<typeof Pnl>;
