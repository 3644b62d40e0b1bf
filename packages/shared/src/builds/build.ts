import { z } from 'zod';
import { PageQuery, pageOf } from '../pagination';
import { Category } from '../parts/enums';
import { CatalogPartId, Cents, Part } from '../parts/part';
import { AnySpecs } from '../parts/specs';
import { SoldSummary } from '../sales/sold';
import { lineText, longText, SearchText } from '../text';

export const BUILD_STATUSES = ['planning', 'assembling', 'ready', 'listed', 'sold'] as const;
export const BuildStatus = z.enum(BUILD_STATUSES);
export type BuildStatus = z.infer<typeof BuildStatus>;

export const BUILD_STATUS_LABELS: Record<BuildStatus, string> = {
  planning: 'Planning',
  assembling: 'Assembling',
  ready: 'Ready to sell',
  listed: 'Listed',
  sold: 'Sold',
};

export const BuildCreate = z.strictObject({
  name: lineText().min(1, 'is required').max(200, 'must be at most 200 characters'),
  notes: longText().max(5000, 'must be at most 5000 characters').nullable().optional(),
  targetPriceCents: Cents.nullable().optional(),
});
export type BuildCreate = z.input<typeof BuildCreate>;

/**
 * Why a build with problems (errors, or parts still missing) is set ready, listed or sold anyway: given with
 * the action, stored on the build with the problems it covers, and shown there.
 */
export const OverrideReason = longText()
  .min(1, 'is required')
  .max(1000, 'must be at most 1000 characters')
  .meta({
    description:
      'Why the build is sold with the problems its compatibility report names (errors, or parts still missing); recorded on the build with those problems',
  });

export const BuildUpdate = BuildCreate.extend({
  status: BuildStatus,
  overrideReason: OverrideReason,
}).partial();
export type BuildUpdate = z.input<typeof BuildUpdate>;

export const Finding = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  partIds: z.array(z.string()),
  /** UNVERIFIED only: the (first) rule that could not run, every rule short of these specs, the unknown specs. */
  rule: z.string().optional(),
  rules: z.array(z.string()).optional(),
  missing: z.array(z.string()).optional(),
  /** UNVERIFIED only: each unknown spec ("case.maxGpuLengthMm") with the part it belongs to ("part:12"). */
  unknown: z.array(z.object({ partId: z.string(), spec: z.string() })).optional(),
});

/** The compatibility engine's report (packages/shared/src/compat) as the API sends it. */
export const BuildCompatibility = z.object({
  status: z.enum(['ok', 'warnings', 'errors']),
  /** false when a component is missing or a rule could not run: "ok" then means "nothing wrong found yet". */
  complete: z.boolean(),
  findings: z.array(Finding),
});
export type BuildCompatibility = z.infer<typeof BuildCompatibility>;

export const PlannedItemCreate = z
  .strictObject({
    category: Category,
    name: lineText().min(1, 'is required').max(200, 'must be at most 200 characters').optional(),
    catalogPartId: CatalogPartId.optional(),
    specs: AnySpecs.optional(),
    expectedCostCents: Cents.default(0),
  })
  .refine((v) => v.name !== undefined || v.catalogPartId !== undefined, {
    message: 'give a name or a catalog part',
    path: ['name'],
  });
export type PlannedItemCreate = z.input<typeof PlannedItemCreate>;

/** A planned purchase's specs, corrected or filled in by hand (merged into what it has); never the catalog's. */
export const PlannedItemUpdate = z.strictObject({ specs: AnySpecs });
export type PlannedItemUpdate = z.input<typeof PlannedItemUpdate>;

export const PlannedItem = z.object({
  id: z.number().int(),
  category: Category,
  name: z.string(),
  catalogPartId: z.string().nullable(),
  specs: z.record(z.string(), z.unknown()),
  expectedCostCents: z.number().int(),
  createdAt: z.string(),
});
export type PlannedItem = z.infer<typeof PlannedItem>;

export const BuildMoney = z.object({
  ownedCostCents: z.number().int(),
  plannedCostCents: z.number().int(),
  totalCostCents: z.number().int(),
  targetPriceCents: z.number().int().nullable(),
  /** Target price minus total cost; null without a target price. */
  expectedProfitCents: z.number().int().nullable(),
});
export type BuildMoney = z.infer<typeof BuildMoney>;

export const BuildSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  status: BuildStatus,
  notes: z.string().nullable(),
  partCount: z.number().int(),
  plannedCount: z.number().int(),
  money: BuildMoney,
  compatibility: BuildCompatibility.shape.status,
  /** false when a component is missing or a check could not run: "ok" then means "nothing wrong so far". */
  compatibilityComplete: z.boolean(),
  /** A sold build: the sale that sold it (its actual profit); null otherwise. */
  sale: SoldSummary.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BuildSummary = z.infer<typeof BuildSummary>;

/** A recorded decision to sell a build despite its problems. */
export const BuildOverride = z.object({
  reason: z.string(),
  /** The problems it was given for, as the report said them: it covers these, word for word. */
  problems: z.array(z.object({ code: z.string(), message: z.string() })),
  recordedAt: z.string(),
});
export type BuildOverride = z.infer<typeof BuildOverride>;

export const Build = BuildSummary.omit({ compatibility: true, compatibilityComplete: true }).extend({
  parts: z.array(Part),
  planned: z.array(PlannedItem),
  compatibility: BuildCompatibility,
  /** The last override recorded, or null; it covers only the problems it lists. */
  override: BuildOverride.nullable(),
});
export type Build = z.infer<typeof Build>;

export const BuildList = pageOf(BuildSummary);
export const BuildQuery = PageQuery.extend({
  status: BuildStatus.optional(),
  q: SearchText.optional(),
});

export const BuildPartAdd = z.strictObject({ partId: z.number().int().positive() });
export const BuildId = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

/** A stateless check: each item is a spec sheet, a catalog part or one of your parts. */
export const CompatibilityCheckItem = z.union([
  z.strictObject({ partId: z.number().int().positive() }),
  z.strictObject({ catalogPartId: CatalogPartId }),
  z.strictObject({
    category: Category,
    specs: AnySpecs.default({}),
    name: lineText().max(200, 'must be at most 200 characters').optional(),
  }),
]);
export const CompatibilityCheck = z.strictObject({ items: z.array(CompatibilityCheckItem).max(50) });
export type CompatibilityCheck = z.infer<typeof CompatibilityCheck>;
