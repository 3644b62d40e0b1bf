import { z } from 'zod';
import { OverrideReason } from '../builds/build';
import { PageQuery, pageOf } from '../pagination';
import { Cents, IsoDate } from '../parts/part';
import { lineText, longText, refusedField, SearchText } from '../text';
import { Delivery, Platform } from './fees';

const id = z.number().int().positive();
const note = longText().max(2000, 'must be at most 2000 characters').nullable().optional();

/**
 * A sale of a listing, a part or a build (exactly one). With a listing, the platform, delivery and price
 * default to the listing's; fees default to the preset's estimate for the platform and delivery at the
 * price; the date defaults to today.
 */
export const SaleCreate = z
  .strictObject({
    listingId: id.optional(),
    partId: id.optional(),
    buildId: id.optional(),
    soldAt: IsoDate.optional(),
    priceCents: Cents.optional(),
    feesCents: Cents.optional(),
    shippingCents: Cents.default(0),
    platform: Platform.optional(),
    delivery: Delivery.optional(),
    buyerNote: note,
    /** A build with problems (errors, parts still missing) is sold only with the reason. */
    overrideReason: OverrideReason.optional(),
  })
  .refine((v) => [v.listingId, v.partId, v.buildId].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of a listing, a part or a build',
    path: ['listingId'],
  });
export type SaleCreate = z.input<typeof SaleCreate>;

/** Corrections after the fact; the cost of goods never changes. */
export const SaleUpdate = z
  .strictObject({
    soldAt: IsoDate,
    priceCents: Cents,
    feesCents: Cents,
    shippingCents: Cents,
    platform: Platform,
    delivery: Delivery,
    buyerNote: note,
  })
  .partial()
  .extend({
    cogsCents: refusedField(
      'the cost of goods is fixed at the moment of sale (a refund with restock gives it back)',
    ),
  });
export type SaleUpdate = z.input<typeof SaleUpdate>;

export const SaleRefundCreate = z.strictObject({
  amountCents: Cents,
  /** The goods came back: parts return to stock (a build to ready) at their original cost. */
  restock: z.boolean(),
  refundedAt: IsoDate.optional(),
  note,
});
export type SaleRefundCreate = z.input<typeof SaleRefundCreate>;

/** A sale recorded by mistake: it leaves every figure, and what it sold goes back to where it was. */
export const SaleVoid = z.strictObject({
  reason: lineText().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
});
export type SaleVoid = z.input<typeof SaleVoid>;

export const Sale = z.object({
  id: z.number().int(),
  listingId: z.number().int().nullable(),
  partId: z.number().int().nullable(),
  buildId: z.number().int().nullable(),
  itemName: z.string(),
  platform: Platform,
  /** Local pickup or shipped; null for sales recorded before it was asked. */
  delivery: Delivery.nullable(),
  soldAt: z.string(),
  priceCents: z.number().int(),
  feesCents: z.number().int(),
  shippingCents: z.number().int(),
  /** The sold parts' cost at the moment of sale. */
  cogsCents: z.number().int(),
  refundedCents: z.number().int(),
  /** Cost of goods that came back with a restocking refund. */
  cogsReturnedCents: z.number().int(),
  restocked: z.boolean(),
  /** price − fees − shipping − cogs − refunded + cogsReturned */
  profitCents: z.number().int(),
  buyerNote: z.string().nullable(),
  /** Set when the sale was voided (recorded by mistake): it then counts in no figure. */
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Sale = z.infer<typeof Sale>;

export const SaleItem = z.object({
  partId: z.number().int(),
  name: z.string(),
  costCents: z.number().int(),
  restocked: z.boolean(),
});

export const SaleRefund = z.object({
  id: z.number().int(),
  refundedAt: z.string(),
  amountCents: z.number().int(),
  restock: z.boolean(),
  cogsReturnedCents: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const SaleDetail = Sale.extend({ items: z.array(SaleItem), refunds: z.array(SaleRefund) });
export type SaleDetail = z.infer<typeof SaleDetail>;

export const SaleQuery = PageQuery.extend({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  platform: Platform.optional(),
  q: SearchText.optional(),
  /** The sales of this part, alone or in a build. */
  partId: z.coerce.number().int().positive().optional(),
  /** The sales of this build. */
  buildId: z.coerce.number().int().positive().optional(),
  /** `true`: only the voided sales (which no total counts); by default they are left out. */
  voided: z.enum(['true', 'false']).optional(),
});
export type SaleQuery = z.infer<typeof SaleQuery>;

export const SaleTotals = z.object({
  count: z.number().int(),
  priceCents: z.number().int(),
  feesCents: z.number().int(),
  shippingCents: z.number().int(),
  cogsCents: z.number().int(),
  refundedCents: z.number().int(),
  cogsReturnedCents: z.number().int(),
  profitCents: z.number().int(),
});
export type SaleTotals = z.infer<typeof SaleTotals>;

/** The page of sales, and totals over every sale that matches the filters (not just this page). */
export const SaleList = pageOf(Sale).extend({ totals: SaleTotals });
export type SaleList = z.infer<typeof SaleList>;

/** The ledger's filters, for the CSV export (every matching sale, no paging). */
export const SaleFilters = SaleQuery.omit({ page: true, pageSize: true });
export type SaleFilters = z.infer<typeof SaleFilters>;
