import { z } from 'zod';
import { PageQuery, pageOf } from '../pagination';
import { Platform } from '../sales/fees';
import { lineText, longText } from '../text';
import { Cents, fromCatalog, IsoDate, Part, PartFields, requireOwnOrCatalog } from './part';

/** Share of the lot's price, relative to the other parts' weights. */
const Weight = z.number().positive('must be > 0').max(1_000_000_000, 'must be at most 1000000000');

/** A part of a lot: as a new part (the catalog may fill it), its cost and date taken from the lot. */
export const LotPartInput = PartFields.omit({ costCents: true, acquiredAt: true, source: true })
  .extend({
    ...fromCatalog,
    /** Share of the lot's price, relative to the other parts' weights. Default 1 (an equal split). */
    weight: Weight.default(1),
  })
  .superRefine(requireOwnOrCatalog);

const lotFields = {
  name: lineText().min(1, 'is required').max(200, 'must be at most 200 characters'),
  totalCostCents: Cents,
  acquiredAt: IsoDate,
  source: lineText().max(100, 'must be at most 100 characters').nullable().optional(),
  notes: longText().max(5000, 'must be at most 5000 characters').nullable().optional(),
};

export const LotCreate = z.strictObject({
  ...lotFields,
  parts: z.array(LotPartInput).min(1, 'a lot needs at least one part').max(500, 'at most 500 parts per lot'),
});
export type LotCreate = z.input<typeof LotCreate>;

export const Lot = z.object({
  id: z.number().int(),
  name: z.string(),
  totalCostCents: z.number().int(),
  acquiredAt: z.string(),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  partCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Lot = z.infer<typeof Lot>;

/** A part of a lot, with its weight: its cost is the lot's price split by the weights. */
export const LotPart = Part.extend({ lotWeight: z.number() });
export type LotPart = z.infer<typeof LotPart>;

/** A sale of some of the lot's parts, and the lot's share of what it brought back. */
export const LotSale = z.object({
  saleId: z.number().int(),
  soldAt: z.string(),
  itemName: z.string(),
  platform: Platform,
  /** The lot's parts in the sale (a build sale may hold parts of other lots too). */
  partIds: z.array(z.number().int()),
  /** The lot's share of price − fees − shipping − refunds (a build's split by its parts' cost). */
  broughtBackCents: z.number().int(),
  /** The lot's share of the refunds, already taken out of broughtBackCents. */
  refundedCents: z.number().int(),
  /** The lot's parts in this sale all came back with a restocking refund. */
  restocked: z.boolean(),
});
export type LotSale = z.infer<typeof LotSale>;

/** What the lot's parts have brought back so far, against what the lot cost. */
export const LotReturn = z.object({
  paidCents: z.number().int(),
  /** Money that stayed: the lot's share of every sale of its parts, net of fees, shipping and refunds. */
  broughtBackCents: z.number().int(),
  refundedCents: z.number().int(),
  /** broughtBack − paid: negative until the lot has paid for itself. */
  returnCents: z.number().int(),
  /** broughtBack ÷ paid in basis points (10000 = paid back); null when the lot cost nothing. */
  returnBasisPoints: z.number().int().nullable(),
  /** broughtBack − cost of the parts sold (and not returned): the profit made so far. */
  profitSoFarCents: z.number().int(),
  soldPartCount: z.number().int(),
  /** Parts not sold, and their cost: what the lot still holds. */
  unsoldPartCount: z.number().int(),
  unsoldCostCents: z.number().int(),
  sales: z.array(LotSale),
});
export type LotReturn = z.infer<typeof LotReturn>;

export const LotWithParts = Lot.extend({ parts: z.array(LotPart), returns: LotReturn });
export type LotWithParts = z.infer<typeof LotWithParts>;

/**
 * Changes to a lot. A new price or new weights split the price again across the parts to the cent; parts
 * already sold keep the cost their sale fixed, and the rest of the price is split across the others. A new
 * date or source is the parts' too.
 */
export const LotUpdate = z
  .strictObject({
    ...lotFields,
    weights: z
      .array(z.strictObject({ partId: z.number().int().positive(), weight: Weight }))
      .min(1, 'give at least one weight')
      .max(500, 'at most 500 parts per lot'),
  })
  .partial();
export type LotUpdate = z.input<typeof LotUpdate>;

/** Deleting a lot: its parts are deleted with it, or kept as parts of no lot (with their costs). */
export const LotDeleteQuery = z.object({
  parts: z.enum(['delete', 'keep'], { error: 'choose what happens to the parts: delete or keep' }),
});
export type LotDeleteQuery = z.infer<typeof LotDeleteQuery>;

export const LotList = pageOf(Lot);
export const LotQuery = PageQuery;
