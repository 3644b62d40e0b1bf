import { z } from 'zod';
import { OverrideReason } from '../builds/build';
import { PageQuery, pageOf } from '../pagination';
import { Cents } from '../parts/part';
import { lineText, longText, refusedField, SearchText } from '../text';
import { Delivery, Platform } from './fees';

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

/** The listing's page on its platform: an http or https address, nothing else (no javascript:, no CR/LF). */
export const ListingUrl = lineText()
  .max(2000, 'must be at most 2000 characters')
  .refine(isWebAddress, 'must be a web address starting with http:// or https://')
  .meta({ format: 'uri', description: 'An http:// or https:// address' });

function isWebAddress(text: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(text) || !URL.canParse(text)) return false;
  return new URL(text).hostname !== '';
}

const url = ListingUrl.nullable().optional();
const title = lineText().min(1, 'is required').max(200, 'must be at most 200 characters');
const description = longText().max(20_000, 'must be at most 20000 characters');
const status = refusedField(
  'a listing starts as a draft and goes live with POST /api/v1/listings/{id}/activate (POST /api/v1/listings/{id}/end ends it)',
);

/**
 * A listing of exactly one part or one build; it starts as a draft (activate it to put it live). A title or
 * description left out is carried over from the thing's latest listing, or written from its record.
 */
export const ListingCreate = z
  .strictObject({
    partId: id.optional(),
    buildId: id.optional(),
    platform: Platform,
    /** Local pickup or shipped: it decides the fee. Default: how the platform's sales usually go. */
    delivery: Delivery.optional(),
    title: title.optional().meta({
      description:
        "Left out: the thing's latest listing's title fitted to this platform, or one written from its record",
    }),
    description: description.optional().meta({
      description: "Left out: the thing's latest listing's description, or one written from its record",
    }),
    priceCents: Cents,
    url,
    status,
  })
  .refine((v) => (v.partId === undefined) !== (v.buildId === undefined), {
    message: 'give either a part or a build',
    path: ['partId'],
  });
export type ListingCreate = z.input<typeof ListingCreate>;

/** Text, price, URL and platform; the status moves through activate, end and sales. */
export const ListingUpdate = z
  .strictObject({ platform: Platform, delivery: Delivery, title, description, priceCents: Cents, url })
  .partial()
  .extend({ status });
export type ListingUpdate = z.input<typeof ListingUpdate>;

/** Putting a listing live; a build with problems needs the reason it is listed anyway. */
export const ListingActivate = z.strictObject({ overrideReason: OverrideReason.optional() });
export type ListingActivate = z.input<typeof ListingActivate>;

export const Listing = z.object({
  id: z.number().int(),
  partId: z.number().int().nullable(),
  buildId: z.number().int().nullable(),
  /** The part's or build's name. */
  itemName: z.string(),
  platform: Platform,
  delivery: Delivery,
  title: z.string(),
  description: z.string(),
  priceCents: z.number().int(),
  status: ListingStatus,
  url: z.string().nullable(),
  listedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** The fee and net at this price with the user's preset for the platform and delivery. */
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
  q: SearchText.optional(),
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
