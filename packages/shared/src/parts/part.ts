import { z } from 'zod';
import { Channel } from '../auth';
import { PageQuery, pageOf } from '../pagination';
import { CREATABLE_STATUSES } from '../status/parts';
import { lineText, longText, SearchText, TextId } from '../text';
import { PART_SORT_FIELDS, PART_VALUE_SORT_FIELDS } from './enum-values';
import { Category, Condition, PartStatus } from './enums';
import { AnySpecs } from './specs';

/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-06-15')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a real date');

/** $10M: far beyond any part or lot; one amount fits a 4-byte column, sums of them are 8-byte (int8). */
export const MAX_CENTS = 1_000_000_000;

export const Cents = z
  .number({ error: 'must be a whole number of cents' })
  .int('must be a whole number of cents')
  .min(0, 'must be >= 0')
  .max(MAX_CENTS, 'is too large');

const optionalText = (max: number) =>
  lineText().max(max, `must be at most ${max} characters`).nullable().optional();

/** A part of the catalog, by id (`GET /api/v1/catalog`). */
export const CatalogPartId = TextId.max(64, 'must be at most 64 characters');

const PartName = lineText().min(1, 'is required').max(200, 'must be at most 200 characters');

const partFields = {
  name: PartName,
  category: Category,
  brand: optionalText(100),
  model: optionalText(100),
  condition: Condition.default('used'),
  grade: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').nullable().optional(),
  costCents: Cents.default(0),
  acquiredAt: IsoDate.optional(),
  source: optionalText(100),
  serial: optionalText(100),
  notes: longText().max(5000, 'must be at most 5000 characters').nullable().optional(),
  specs: AnySpecs.optional(),
  catalogPartId: CatalogPartId.nullable().optional(),
  /** What the user expects it to sell for; when set, valuation uses it as is. */
  expectedPriceCents: Cents.nullable()
    .optional()
    .meta({ description: 'What you expect it to sell for, in cents; valuation then uses it as is.' }),
};

/** Every field of a new part, name and category required (what a CSV row must give). */
export const PartFields = z.strictObject({
  ...partFields,
  status: z.enum(CREATABLE_STATUSES).default('in_stock'),
});

const FROM_CATALOG = 'Required, unless a catalogPartId is given: then the catalog part’s when left out.';

/** Name and category may come from the catalog part instead; fields that are given win over the catalog's. */
export const fromCatalog = {
  name: PartName.optional().meta({ description: FROM_CATALOG }),
  category: Category.optional().meta({ description: FROM_CATALOG }),
};

/** Name and category are required unless a catalog part supplies them. */
export function requireOwnOrCatalog(
  value: { name?: string | undefined; category?: string | undefined; catalogPartId?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (value.catalogPartId) return;
  if (value.name === undefined) ctx.addIssue({ code: 'custom', message: 'is required', path: ['name'] });
  if (value.category === undefined)
    ctx.addIssue({ code: 'custom', message: 'is required', path: ['category'] });
}

/** A new part: with `catalogPartId`, the catalog fills the name, category, brand and specs not given. */
export const PartCreate = PartFields.extend(fromCatalog).superRefine(requireOwnOrCatalog);
export type PartCreate = z.input<typeof PartCreate>;

export const PartUpdate = z
  .strictObject({
    ...partFields,
    condition: Condition,
    costCents: Cents,
    status: PartStatus,
  })
  .partial();
export type PartUpdate = z.input<typeof PartUpdate>;

export const Part = z.object({
  id: z.number().int(),
  name: z.string(),
  category: Category,
  brand: z.string().nullable(),
  model: z.string().nullable(),
  condition: Condition,
  grade: z.number().int().nullable(),
  status: PartStatus,
  costCents: z.number().int(),
  acquiredAt: z.string(),
  source: z.string().nullable(),
  serial: z.string().nullable(),
  notes: z.string().nullable(),
  specs: z.record(z.string(), z.unknown()),
  catalogPartId: z.string().nullable(),
  lotId: z.number().int().nullable(),
  /** What the user expects it to sell for (null: not set, the valuation estimates it). */
  expectedPriceCents: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Part = z.infer<typeof Part>;

export { PART_SORT_FIELDS, PART_VALUE_SORT_FIELDS };
export type PartSortField = (typeof PART_SORT_FIELDS)[number];

export const PartSort = z
  .string()
  .regex(
    new RegExp(`^-?(${PART_SORT_FIELDS.join('|')})$`),
    `must be one of ${PART_SORT_FIELDS.join(', ')}, optionally with a leading -`,
  )
  .default('-acquiredAt');

/** Filters shared by the list and the CSV export. `status` and `category` accept comma-separated lists. */
export const PartFilters = z.object({
  status: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(PartStatus))
    .optional(),
  category: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(Category))
    .optional(),
  condition: Condition.optional(),
  q: SearchText.optional(),
  acquiredFrom: IsoDate.optional(),
  acquiredTo: IsoDate.optional(),
  lotId: z.coerce.number().int().positive().optional(),
  /** `true`: only parts whose estimated value is above their cost. */
  worthMore: z.enum(['true']).optional(),
  sort: PartSort,
});
export type PartFilters = z.infer<typeof PartFilters>;

export const PartQuery = PartFilters.extend(PageQuery.shape);
export type PartQuery = z.infer<typeof PartQuery>;

/**
 * A part as lists show it (the inventory table, the build picker): the detail-only fields (model, notes,
 * catalog and lot links, expected price, timestamps) stay on `GET /api/v1/parts/{id}`.
 */
export const PartListItem = Part.pick({
  id: true,
  name: true,
  category: true,
  brand: true,
  condition: true,
  grade: true,
  status: true,
  costCents: true,
  acquiredAt: true,
  source: true,
  serial: true,
  specs: true,
});
export type PartListItem = z.infer<typeof PartListItem>;

export const PartList = pageOf(PartListItem);
export type PartList = z.infer<typeof PartList>;

export const PartId = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

export const PartBulk = z.strictObject({
  ids: z
    .array(z.number().int().positive())
    .min(1, 'select at least one part')
    .max(500, 'at most 500 parts at once'),
  action: z.enum(['set_status', 'archive']),
  status: PartStatus.optional(),
});
export type PartBulk = z.infer<typeof PartBulk>;

export const PartBulkResult = z.object({ updated: z.number().int() });

export const HistoryEntry = z.object({
  id: z.number().int(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  /** Who made the change, by name: shown for the owner's own changes (and to admins); null otherwise. */
  actorName: z.string().nullable(),
  /** How the change came: the owner in the app or by API token, an administrator, a job, the assistant... */
  via: Channel,
  createdAt: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export const HistoryList = z.object({ items: z.array(HistoryEntry) });

/** Counts and cost per status: what the stock is worth at cost, and what is tied up where. */
export const InventorySummary = z.object({
  byStatus: z.record(PartStatus, z.object({ count: z.number().int(), costCents: z.number().int() })),
  /** Cost of everything not yet sold or archived. */
  inventoryValueCents: z.number().int(),
  unsoldCount: z.number().int(),
});
export type InventorySummary = z.infer<typeof InventorySummary>;

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_PHOTOS_PER_PART = 24;

export const Photo = z.object({
  id: z.string(),
  partId: z.number().int(),
  contentType: z.enum(PHOTO_TYPES),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
  /** Where the image is served (to its owner only). */
  url: z.string(),
});
export type Photo = z.infer<typeof Photo>;
export const PhotoList = z.object({ items: z.array(Photo) });
