import {
  allocateCents,
  type CatalogPart,
  type Category,
  type Condition,
  LotCreate,
  parseMoneyToCents,
} from '@partwise/shared';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { inputToCents } from '../../lib/money-input';
import { catalogName } from '../inventory/part-form';

export interface LotRowValues {
  name: string;
  category: Category | '';
  condition: Condition;
  weight: string;
  catalogPartId: string | null;
  brand: string;
}

export interface LotFormValues {
  name: string;
  total: string;
  acquiredAt: string;
  source: string;
  notes: string;
  parts: LotRowValues[];
}

export const emptyRow = (): LotRowValues => ({
  name: '',
  category: '',
  condition: 'used',
  weight: '',
  catalogPartId: null,
  brand: '',
});

/** A blank lot, bought `today` (the user's date: useToday), with three rows to type into. */
export const emptyLotForm = (today: string): LotFormValues => ({
  name: '',
  total: '',
  acquiredAt: today,
  source: '',
  notes: '',
  parts: [emptyRow(), emptyRow(), emptyRow()],
});

export function rowFromCatalog(row: LotRowValues, entry: CatalogPart): LotRowValues {
  return {
    ...row,
    name: catalogName(entry),
    category: entry.category,
    brand: entry.brand ?? '',
    catalogPartId: entry.id,
  };
}

/** A row without a name is a spare line, not a part: it is left out of the split and the lot. */
export const isBlankRow = (row: LotRowValues) => row.name.trim() === '';

/** A weight as typed: blank is 1; "1,5" reads as 1.5; null when it is not a number above 0. */
export function readWeight(text: string): number | null {
  if (text.trim() === '') return 1;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) && n > 0 && n <= 1_000_000_000 ? n : null;
}

const weightOf = (row: LotRowValues) => readWeight(row.weight);

/**
 * Each row's share of the total, split as the server will split it (allocateCents); null for blank rows,
 * and null for all while the total or a weight cannot be read.
 */
export function allocation(values: Pick<LotFormValues, 'total' | 'parts'>): (number | null)[] {
  const total = parseMoneyToCents(values.total);
  const filled = values.parts.map((row) => (isBlankRow(row) ? null : weightOf(row)));
  const weights = filled.filter((w): w is number => w !== null);
  const unreadable = values.parts.some((row, i) => !isBlankRow(row) && filled[i] === null);
  if (total === null || total < 0 || weights.length === 0 || unreadable) return values.parts.map(() => null);
  const shares = allocateCents(total, weights);
  let next = 0;
  return filled.map((w) => (w === null ? null : (shares[next++] ?? null)));
}

const FORM_NAME: Record<string, string> = { totalCostCents: 'total' };

/** The request body, or field errors keyed by the form's names ("parts.2.category"). */
export function toLotBody(values: LotFormValues): { body: LotCreate | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const total = inputToCents(values.total);
  if (total === null) errors.total = 'is required';
  else if (total === undefined) errors.total = 'must be an amount like 300 or 1,234.56';
  const rows = values.parts.map((row, index) => ({ row, index })).filter(({ row }) => !isBlankRow(row));
  for (const { row, index } of rows) {
    if (weightOf(row) === null) errors[`parts.${index}.weight`] = 'must be a number above 0';
  }
  const body = {
    name: values.name,
    totalCostCents: total ?? 0,
    acquiredAt: values.acquiredAt,
    source: values.source.trim() || null,
    notes: values.notes.trim() || null,
    parts: rows.map(({ row }) => ({
      name: row.name,
      category: row.category,
      condition: row.condition,
      brand: row.brand.trim() || null,
      catalogPartId: row.catalogPartId,
      weight: weightOf(row) ?? 1,
    })),
  };
  const parsed = LotCreate.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, at, field] = issue.path.map(String);
      if (head === 'parts' && at !== undefined && field !== undefined) {
        const index = rows[Number(at)]?.index ?? 0;
        errors[`parts.${index}.${field}`] ??= field === 'category' ? 'is required' : issue.message;
      } else if (head === 'parts') errors.parts ??= 'Add at least one part with a name';
      else if (head) errors[FORM_NAME[head] ?? head] ??= issue.message;
    }
  }
  return Object.keys(errors).length > 0 ? { body: null, errors } : { body: parsed.data ?? null, errors };
}

/** "parts.2.category" → { parts: [, , { category }] }, as react-hook-form nests errors. */
export function toLotFieldErrors(errors: Record<string, string>): FieldErrors<LotFormValues> {
  const result: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(errors)) {
    const error = { type: 'validate', message };
    const [head, at, field] = key.split('.');
    if (head === 'parts' && at !== undefined && field !== undefined) {
      const parts = (Array.isArray(result.parts) ? result.parts : []) as Record<string, unknown>[];
      parts[Number(at)] = { ...(parts[Number(at)] ?? {}), [field]: error };
      result.parts = parts;
    } else if (head === 'parts') {
      // Only when no row has a name, so there are no row errors to keep beside it.
      result.parts = { root: error };
    } else if (head) result[head] = error;
  }
  return result as FieldErrors<LotFormValues>;
}

export const lotFormResolver: Resolver<LotFormValues> = (values) => {
  const { errors } = toLotBody(values);
  return Object.keys(errors).length > 0
    ? { values: {}, errors: toLotFieldErrors(errors) }
    : { values, errors: {} };
};

/**
 * A server field's name on the form: row numbers are those of the rows sent (blank rows are not), so
 * "parts.1.category" may be the form's third row; `totalCostCents` is the form's `total`.
 */
export function lotFieldName(field: string, values: LotFormValues): string {
  const [head = '', at, ...rest] = field.split('.');
  if (head === 'parts' && at !== undefined && rest.length > 0) {
    const sent = values.parts.map((row, index) => ({ row, index })).filter(({ row }) => !isBlankRow(row));
    return `parts.${sent[Number(at)]?.index ?? at}.${rest.join('.')}`;
  }
  return FORM_NAME[head] ?? field;
}
