import { CATEGORIES, type Category, SPEC_SCHEMAS, specQuestion } from '@partwise/shared';
import type { z } from 'zod';
import { inputsToSpecs, type SpecField, specFields } from '../inventory/spec-fields';
import type { Finding } from './build-items';
import type { SlotEntry } from './slots';

/** An unknown spec of one item of the build, as the report asks for it. */
export interface UnknownSpec {
  entry: SlotEntry;
  category: Category;
  field: SpecField;
  /** "Maximum graphics card length of the NZXT H510, in mm". */
  question: string;
}

const isCategory = (text: string): text is Category => (CATEGORIES as readonly string[]).includes(text);

/** The form field of a spec named "case.maxGpuLengthMm". */
export function specFieldOf(spec: string): { category: Category; field: SpecField } | null {
  const [category = '', key] = spec.split('.');
  if (!isCategory(category)) return null;
  const field = specFields(category).find((f) => f.key === key);
  return field ? { category, field } : null;
}

/** The unknown specs of an UNVERIFIED finding, each with the item it belongs to (when it is in the build). */
export function unknownSpecsOf(finding: Finding, entries: SlotEntry[]): UnknownSpec[] {
  return (finding.unknown ?? []).flatMap(({ partId, spec }) => {
    const entry = entries.find((e) => e.itemId === partId);
    const found = specFieldOf(spec);
    if (!entry || !found) return [];
    return [{ entry, ...found, question: specQuestion(spec, entry.name) }];
  });
}

/**
 * One spec's value from what was typed, read as the spec form reads it and checked by the shared schema, or
 * why it is not one. Blank is refused: the point is to fill the spec in.
 */
export function readSpecInput(
  category: Category,
  field: SpecField,
  raw: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (raw.trim() === '') return { ok: false, message: 'is required' };
  const read = inputsToSpecs(category, { [field.key]: raw });
  const unreadable = read.errors[`specs.${field.key}`];
  if (unreadable) return { ok: false, message: unreadable };
  const value = read.specs[field.key];
  const schema = (SPEC_SCHEMAS[category].shape as Record<string, z.ZodType>)[field.key];
  const checked = schema?.safeParse(value);
  if (checked && !checked.success)
    return { ok: false, message: checked.error.issues[0]?.message ?? 'is not valid' };
  return { ok: true, value };
}
