import { z } from 'zod';
import { PageQuery, pageOf } from '../pagination';
import { Cents, IsoDate, Part, PartCreate } from './part';

export const LotPartInput = PartCreate.omit({ costCents: true, acquiredAt: true, source: true }).extend({
  /** Share of the lot's price, relative to the other parts' weights. Default 1 (an equal split). */
  weight: z.number().positive('must be > 0').max(1_000_000_000).default(1),
});

export const LotCreate = z.object({
  name: z.string().trim().min(1, 'is required').max(200),
  totalCostCents: Cents,
  acquiredAt: IsoDate,
  source: z.string().trim().max(100).nullable().optional(),
  notes: z.string().trim().max(5000).nullable().optional(),
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
