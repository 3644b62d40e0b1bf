import {
  CATEGORY_LABELS,
  CONDITION_LABELS,
  CSV_FIELD_LABELS,
  CSV_FIELDS,
  type CsvField,
  type CsvValue,
  centsToDecimal,
  PART_STATUS_LABELS,
  type Part,
} from '@partwise/shared';
import { guardFormula, sourceLabel } from './csv-values';

export const EXPORT_HEADER: string[] = CSV_FIELDS.map((field) => CSV_FIELD_LABELS[field]);

const text = (value: string | null) => (value === null ? '' : guardFormula(value));

/** Known specs only: unknown (null) ones are left out, as the import fills them back in. */
function specsJson(specs: Record<string, unknown>): string {
  const known = Object.entries(specs).filter(([, value]) => value !== null && value !== undefined);
  return known.length === 0 ? '' : JSON.stringify(Object.fromEntries(known));
}

/**
 * A part as spreadsheet cells, in the order of EXPORT_HEADER: labels people read ("Graphics card",
 * "In stock") that the import reads back, cost in decimal dollars, dates ISO, specs as JSON.
 */
export function exportCells(p: Part): CsvValue[] {
  const cells: Record<CsvField, CsvValue> = {
    name: text(p.name),
    category: CATEGORY_LABELS[p.category],
    brand: text(p.brand),
    model: text(p.model),
    condition: CONDITION_LABELS[p.condition],
    grade: p.grade,
    status: PART_STATUS_LABELS[p.status],
    cost: centsToDecimal(p.costCents),
    acquiredAt: p.acquiredAt,
    source: p.source === null ? '' : text(sourceLabel(p.source)),
    serial: text(p.serial),
    notes: text(p.notes),
    specs: specsJson(p.specs),
  };
  return CSV_FIELDS.map((field) => cells[field]);
}
