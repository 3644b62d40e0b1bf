import { z } from 'zod';
import { ExpenseCategory } from '../sales/expenses';

const cents = z.number().int();

export const TaxYearQuery = z.object({
  year: z.coerce
    .number({ error: 'must be a year like 2025' })
    .int('must be a whole year')
    .min(2000, 'must be 2000 or later')
    .max(2100, 'must be 2100 or earlier'),
});
export type TaxYearQuery = z.infer<typeof TaxYearQuery>;

/** A figure with how it was computed, in words. */
const line = z.object({ cents, how: z.string() });

/**
 * A year's figures for a tax preparer: a record, not advice. Both ways of counting the cost of goods sold,
 * side by side, with their difference explained.
 */
export const TaxYearReport = z.object({
  year: z.number().int(),
  from: z.string(),
  to: z.string(),
  grossReceipts: line,
  returnsAndRefunds: line,
  fees: line,
  shipping: line,
  costOfGoodsSold: z.object({
    inventoryMethod: z.object({
      openingStock: line,
      purchases: line,
      closingStock: line,
      cogs: line,
    }),
    perSale: z.object({ cogs: line, returned: line, net: line }),
    /** inventory method − per sale */
    difference: line,
    explained: z.array(z.object({ reason: z.string(), cents })),
  }),
  /** gross receipts − refunds − fees − shipping − cost of goods (per sale) */
  grossProfit: line,
  expenses: z.object({
    byCategory: z.array(z.object({ category: ExpenseCategory, cents })),
    total: line,
  }),
  netProfit: line,
  salesCount: z.number().int(),
  note: z.string(),
});
export type TaxYearReport = z.infer<typeof TaxYearReport>;
