import { z } from 'zod';
import { PageQuery, pageOf } from '../pagination';
import { lineText, longText } from '../text';
import { Cents, fromCatalog, IsoDate, Part, PartFields, requireOwnOrCatalog } from './part';

/** A part of a lot: as a new part (the catalog may fill it), its cost and date taken from the lot. */
export const LotPartInput = PartFields.omit({ costCents: true, acquiredAt: true, source: true })
  .extend({
    ...fromCatalog,
    /** Share of the lot's price, relative to the other parts' weights. Default 1 (an equal split). */
    weight: z.number().positive('must be > 0').max(1_000_000_000).default(1),
  })
  .superRefine(requireOwnOrCatalog);

export const LotCreate = z.strictObject({
  name: lineText().min(1, 'is required').max(200, 'must be at most 200 characters'),
  totalCostCents: Cents,
  acquiredAt: IsoDate,
  source: lineText().max(100, 'must be at most 100 characters').nullable().optional(),
  notes: longText().max(5000, 'must be at most 5000 characters').nullable().optional(),
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
});
export type Lot = z.infer<typeof Lot>;

export const LotWithParts = Lot.extend({ parts: z.array(Part) });
export type LotWithParts = z.infer<typeof LotWithParts>;

export const LotList = pageOf(Lot);
export const LotQuery = PageQuery;
