import { z } from 'zod';
import { PageQuery, pageOf } from '../pagination';
import { Cents } from '../parts/part';
import { Platform } from './fees';

export const LISTING_STATUSES = ['draft', 'active', 'sold', 'ended'] as const;
export const ListingStatus = z.enum(LISTING_STATUSES);
export type ListingStatus = z.infer<typeof ListingStatus>;

export const LISTING_STATUS_LABELS: Record<ListingStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  sold: 'Sold',
  ended: 'Ended',
};

const id = z.number().int().positive();
const url = z.url({ error: 'must be a web address' }).max(2000).nullable().optional();

/** A listing of exactly one part or one build; it starts as a draft. */
export const ListingCreate = z
  .object({
    partId: id.optional(),
    buildId: id.optional(),
    platform: Platform,
    title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    description: z.string().trim().max(20_000).default(''),
    priceCents: Cents,
    url,
  })
  .refine((v) => (v.partId === undefined) !== (v.buildId === undefined), {
    message: 'give either a part or a build',
    path: ['partId'],
  });
export type ListingCreate = z.input<typeof ListingCreate>;

/** Text, price, URL and platform; the status moves through activate, end and sales. */
export const ListingUpdate = z
  .object({
    platform: Platform,
    title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    description: z.string().trim().max(20_000),
    priceCents: Cents,
    url,
  })
  .partial();
export type ListingUpdate = z.input<typeof ListingUpdate>;

export const Listing = z.object({
  id: z.number().int(),
  partId: z.number().int().nullable(),
  buildId: z.number().int().nullable(),
  /** The part's or build's name. */
  itemName: z.string(),
  platform: Platform,
  title: z.string(),
  description: z.string(),
  priceCents: z.number().int(),
  status: ListingStatus,
  url: z.string().nullable(),
  listedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** The fee and net at this price with the user's preset for the platform. */
  estimatedFeesCents: z.number().int(),
  estimatedNetCents: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Listing = z.infer<typeof Listing>;

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(item));

export const ListingQuery = PageQuery.extend({
  /** Comma-separated: `draft,active`. */
  status: csv(ListingStatus).optional(),
  platform: csv(Platform).optional(),
  partId: z.coerce.number().int().positive().optional(),
  buildId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(200).optional(),
});
export type ListingQuery = z.infer<typeof ListingQuery>;

export const ListingList = pageOf(Listing);
export type ListingList = z.infer<typeof ListingList>;

export const RecordId = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});
