import {
  type CatalogPart,
  type Category,
  type Condition,
  catalogName,
  centsToDecimal,
  type Part,
  PartCreate,
  parseSpecs,
} from '@partwise/shared';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { inputToCents } from '../../lib/money-input';
import { inputsToSpecs, type SpecInputs, specsToInputs } from './spec-fields';

/** The part form holds what was typed, as typed (money and numbers as text); the body is made on save. */
export interface PartFormValues {
  name: string;
  category: Category | '';
  brand: string;
  model: string;
  condition: Condition;
  grade: string;
  cost: string;
  /** What the user expects it to sell for; blank leaves it to the valuation. */
  expectedPrice: string;
  acquiredAt: string;
  source: string;
  serial: string;
  notes: string;
  catalogPartId: string | null;
  specs: SpecInputs;
}

export const PART_FORM_FIELDS = [
  'name',
  'category',
  'brand',
  'model',
  'condition',
  'grade',
  'cost',
  'expectedPrice',
  'acquiredAt',
  'source',
  'serial',
  'notes',
  'catalogPartId',
] as const;

/** Field names of the shared schema that the form shows under another name. */
const FORM_NAME: Record<string, string> = { costCents: 'cost', expectedPriceCents: 'expectedPrice' };

/** A blank part, bought `today` (the user's date: useToday). */
export function emptyPartForm(today: string): PartFormValues {
  return {
    name: '',
    category: '',
    brand: '',
    model: '',
    condition: 'used',
    grade: '',
    cost: '',
    expectedPrice: '',
    acquiredAt: today,
    source: '',
    serial: '',
    notes: '',
    catalogPartId: null,
    specs: {},
  };
}

export function partToForm(part: Part): PartFormValues {
  return {
    name: part.name,
    category: part.category,
    brand: part.brand ?? '',
    model: part.model ?? '',
    condition: part.condition,
    grade: part.grade === null ? '' : String(part.grade),
    cost: centsToDecimal(part.costCents),
    expectedPrice: part.expectedPriceCents === null ? '' : centsToDecimal(part.expectedPriceCents),
    acquiredAt: part.acquiredAt.slice(0, 10),
    source: part.source ?? '',
    serial: part.serial ?? '',
    notes: part.notes ?? '',
    catalogPartId: part.catalogPartId,
    specs: specsToInputs(part.specs),
  };
}

// In shared since the server names a part made from the catalog alone the same way.
export { catalogName };

/** What choosing a catalog entry fills in. */
export function catalogToForm(entry: CatalogPart): Partial<PartFormValues> {
  return {
    name: catalogName(entry),
    category: entry.category,
    brand: entry.brand ?? '',
    catalogPartId: entry.id,
    specs: specsToInputs(entry.specs),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The request body, or the field errors the shared schemas find (keyed as the form names its fields). */
export function toPartBody(values: PartFormValues): {
  body: PartCreate | null;
  errors: Record<string, string>;
} {
  const errors: Record<string, string> = {};
  // Empty is a part that cost nothing; text that is not an amount is an error.
  const costCents = inputToCents(values.cost);
  if (costCents === undefined) errors.cost = 'must be an amount like 120 or 1,234.56';
  // Blank is "not set": the valuation estimates it.
  const expectedPriceCents = values.expectedPrice.trim() === '' ? null : inputToCents(values.expectedPrice);
  if (expectedPriceCents === undefined) errors.expectedPrice = 'must be an amount like 120 or 1,234.56';
  let specs: Record<string, unknown> = {};
  if (values.category) {
    const read = inputsToSpecs(values.category, values.specs);
    Object.assign(errors, read.errors);
    const checked = parseSpecs(values.category, read.specs);
    if (checked.ok) specs = checked.specs;
    else for (const [key, message] of Object.entries(checked.fields)) errors[key] ??= message;
  }
  const body = {
    name: values.name,
    category: values.category,
    brand: orNull(values.brand),
    model: orNull(values.model),
    condition: values.condition,
    grade: values.grade === '' ? null : Number(values.grade),
    costCents: costCents ?? 0,
    expectedPriceCents: expectedPriceCents ?? null,
    acquiredAt: values.acquiredAt,
    source: orNull(values.source),
    serial: orNull(values.serial),
    notes: orNull(values.notes),
    specs,
    catalogPartId: values.catalogPartId,
  };
  const parsed = PartCreate.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const name = FORM_NAME[key] ?? key;
      errors[name] ??= key === 'category' ? 'is required' : issue.message;
    }
  }
  if (values.acquiredAt === '') errors.acquiredAt = 'is required';
  return Object.keys(errors).length > 0 ? { body: null, errors } : { body: parsed.data ?? null, errors };
}

/** Errors keyed "specs.socket" become nested, as react-hook-form expects. */
export function toFieldErrors(errors: Record<string, string>): FieldErrors<PartFormValues> {
  const result: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(errors)) {
    const [head, tail] = key.split(/\.(.*)/s);
    const error = { type: 'validate', message };
    if (head === 'specs' && tail) {
      const specs = (result.specs ?? {}) as Record<string, unknown>;
      specs[tail] = error;
      result.specs = specs;
    } else if (head) result[head] = error;
  }
  return result as FieldErrors<PartFormValues>;
}

/** Validates as the server will, with the same shared schemas, on every change after the first blur. */
export const partFormResolver: Resolver<PartFormValues> = (values) => {
  const { errors } = toPartBody(values);
  return Object.keys(errors).length > 0
    ? { values: {}, errors: toFieldErrors(errors) }
    : { values, errors: {} };
};
