import { z } from 'zod';
import { PageQuery, pageOf } from '../pagination';
import { Cents, IsoDate } from '../parts/part';
import { lineText, SearchText } from '../text';
import { Miles } from './mileage';

export const EXPENSE_CATEGORIES = [
  'shipping_supplies',
  'consumables',
  'tools',
  'mileage',
  'subscriptions',
  'other',
] as const;
export const ExpenseCategory = z.enum(EXPENSE_CATEGORIES);
export type ExpenseCategory = z.infer<typeof ExpenseCategory>;

export const EXPENSE_CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  shipping_supplies: 'Shipping supplies',
  consumables: 'Consumables (thermal paste, cleaning)',
  tools: 'Tools',
  mileage: 'Mileage',
  subscriptions: 'Subscriptions and store fees',
  other: 'Other',
};

const expenseFields = {
  /** Defaults to today in the owner's time zone. */
  spentAt: IsoDate.optional(),
  category: ExpenseCategory,
  /** Required, unless miles are given: then it is worked out from them. */
  amountCents: Cents.optional(),
  /** Mileage only: miles driven (tenths at most); the amount is miles × your rate for the year. */
  miles: Miles.nullable().optional(),
  description: lineText().min(1, 'is required').max(500, 'must be at most 500 characters'),
};

export const ExpenseCreate = z.strictObject(expenseFields).superRefine((v, ctx) => {
  if (v.miles == null && v.amountCents === undefined)
    ctx.addIssue({ code: 'custom', message: 'is required', path: ['amountCents'] });
});
export type ExpenseCreate = z.input<typeof ExpenseCreate>;

/** Any of the fields; the expense as changed must still have an amount or miles (checked by the server). */
export const ExpenseUpdate = z.strictObject(expenseFields).partial();
export type ExpenseUpdate = z.input<typeof ExpenseUpdate>;

export const Expense = z.object({
  id: z.number().int(),
  spentAt: z.string(),
  category: ExpenseCategory,
  amountCents: z.number().int(),
  /** Mileage: the miles driven and the rate the amount was worked out at (tenths of a cent a mile). */
  miles: z.number().nullable(),
  ratePerMileTenthCents: z.number().int().nullable(),
  description: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Expense = z.infer<typeof Expense>;

export const ExpenseQuery = PageQuery.extend({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  category: ExpenseCategory.optional(),
  q: SearchText.optional(),
});
export type ExpenseQuery = z.infer<typeof ExpenseQuery>;

/** The page, and the sum over every expense that matches the filters. */
export const ExpenseList = pageOf(Expense).extend({ totalCents: z.number().int() });
export type ExpenseList = z.infer<typeof ExpenseList>;
