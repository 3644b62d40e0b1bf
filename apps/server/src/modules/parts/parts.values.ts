import { type Category, catalogName, type PartCreate, type PartUpdate, parseSpecs } from '@partwise/shared';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Acting } from '../../core/caller';
import { AppError } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { catalogPart, type part } from '../../db/schema';
import type { PartRow } from './parts.mapper';

export type PartInput = z.output<typeof PartCreate>;
/** A part row ready to insert: acquiredAt always set (the owner's today by default). */
export type NewPart = typeof part.$inferInsert & { acquiredAt: string };

/**
 * A new part's row. With a catalog part, the catalog gives the name, category, brand and specs that the
 * input does not (given specs are merged over the catalog's); specs are validated for the category.
 */
export async function prepareNew(tx: DbOrTx, who: Acting, input: PartInput): Promise<NewPart> {
  const entry = input.catalogPartId ? await catalogEntryFor(tx, input.catalogPartId, input.category) : null;
  const name = input.name ?? entry?.name;
  const category = input.category ?? entry?.category;
  // The shared schema requires both unless a catalog part is given, and the catalog part has both.
  if (name === undefined || category === undefined) throw new Error('a part needs a name and a category');
  const specs = validSpecs(category, { ...(entry?.specs ?? {}), ...(input.specs ?? {}) });
  return {
    ownerId: who.ownerId,
    name,
    category,
    brand: input.brand === undefined ? (entry?.brand ?? null) : input.brand,
    model: input.model ?? null,
    condition: input.condition,
    grade: input.grade ?? null,
    status: input.status,
    costCents: input.costCents,
    acquiredAt: input.acquiredAt ?? who.today,
    source: input.source ?? null,
    serial: input.serial ?? null,
    notes: input.notes ?? null,
    specs,
    catalogPartId: input.catalogPartId ?? null,
    expectedPriceCents: input.expectedPriceCents ?? null,
  };
}

/**
 * The catalog entry chosen for a part or planned item, named as a flipper would name it; a field error
 * when it is unknown or of another category than the one given.
 */
export async function catalogEntryFor(tx: DbOrTx, catalogPartId: string, category?: Category) {
  const [entry] = await tx
    .select({
      name: catalogPart.name,
      category: catalogPart.category,
      brand: catalogPart.brand,
      specs: catalogPart.specs,
    })
    .from(catalogPart)
    .where(eq(catalogPart.id, catalogPartId));
  if (!entry) {
    throw new AppError('VALIDATION_FAILED', 'Unknown catalog part', {
      catalogPartId: 'is not in the catalog',
    });
  }
  if (category !== undefined && entry.category !== category) {
    throw new AppError('VALIDATION_FAILED', 'The catalog part is of another category', {
      category: `must be ${entry.category} for this catalog part`,
    });
  }
  const catalogCategory = entry.category as Category;
  return { ...entry, category: catalogCategory, name: catalogName({ ...entry, category: catalogCategory }) };
}

async function catalogSpecsFor(tx: DbOrTx, catalogPartId: string, category: Category) {
  return (await catalogEntryFor(tx, catalogPartId, category)).specs;
}

export function validSpecs(category: Category, specs: Record<string, unknown>): Record<string, unknown> {
  const parsed = parseSpecs(category, specs);
  if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 'Some specs are not valid', parsed.fields);
  return parsed.specs;
}

/** PATCH merges specs into the existing ones; a new category starts from that category's fields. */
export async function nextSpecs(
  tx: DbOrTx,
  before: PartRow,
  patch: PartUpdate,
): Promise<Record<string, unknown> | undefined> {
  const category = patch.category ?? before.category;
  if (patch.catalogPartId && patch.catalogPartId !== before.catalogPartId) {
    const fromCatalog = await catalogSpecsFor(tx, patch.catalogPartId, category);
    return validSpecs(category, { ...fromCatalog, ...(patch.specs ?? {}) });
  }
  if (patch.specs === undefined && patch.category === undefined) return undefined;
  const base = category === before.category ? before.specs : {};
  return validSpecs(category, { ...base, ...(patch.specs ?? {}) });
}
