import {
  CATEGORIES,
  CATEGORY_LABELS,
  Cents,
  CSV_FIELDS,
  type CsvField,
  type CsvProblem,
  IMPORTABLE_STATUSES,
  PartFields,
  parseMoneyToCents,
  parseSpecs,
} from '@partwise/shared';
import { z } from 'zod';
import { readDate, type SlashOrder, toIsoDate } from './csv-dates';
import {
  readCategory,
  readCondition,
  readGrade,
  readSource,
  readSpecsJson,
  readStatus,
  unguardFormula,
} from './csv-values';

/** A part as the import creates it: a new part's rules, plus archived among the statuses. */
export const ImportPart = PartFields.extend({
  status: z.enum(IMPORTABLE_STATUSES).default('in_stock'),
  costCents: Cents.default(0),
});
export type ImportPart = z.output<typeof ImportPart>;

/** How fields are named in problem messages. */
const FIELD_WORDS: Record<CsvField, string> = {
  name: 'name',
  category: 'category',
  brand: 'brand',
  model: 'model',
  condition: 'condition',
  grade: 'grade',
  status: 'status',
  cost: 'cost',
  acquiredAt: 'date acquired',
  source: 'source',
  serial: 'serial',
  notes: 'notes',
  specs: 'specs',
};
export const fieldWord = (field: CsvField) => FIELD_WORDS[field];

const CATEGORY_LIST = CATEGORIES.map((c) => CATEGORY_LABELS[c]).join(', ');

export interface RowContext {
  /** Field → index of the column that fills it. */
  columns: Partial<Record<CsvField, number>>;
  header: readonly string[];
  dateOrder: SlashOrder | null;
  mixedDates: boolean;
}

/** A value as quoted in a message: on one line, and cut short when long. */
function quoted(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return `"${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}"`;
}

const isCsvField = (key: string): key is CsvField => (CSV_FIELDS as readonly string[]).includes(key);

/** One spreadsheet row as a part to create, or every problem it has (as whole sentences). */
export function readRow(
  cells: readonly string[],
  row: number,
  ctx: RowContext,
): { part: ImportPart; blankCost: boolean } | { problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const flagged = new Set<CsvField>();
  const cell = (field: CsvField): string => {
    const index = ctx.columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const problem = (field: CsvField, message: string) => {
    flagged.add(field);
    const index = ctx.columns[field];
    const column = index === undefined ? undefined : ctx.header[index];
    problems.push({
      row,
      ...(column === undefined ? {} : { column }),
      field,
      message: `Row ${row}: ${message}`,
    });
  };
  const bad = (field: CsvField, detail: string) =>
    problem(field, `${FIELD_WORDS[field]} ${quoted(cell(field))} ${detail}`);
  const text = (field: CsvField): string | null => unguardFormula(cell(field)) || null;

  const source = text('source');
  const candidate: Record<string, unknown> = {
    name: unguardFormula(cell('name')),
    brand: text('brand'),
    model: text('model'),
    source: source === null ? null : readSource(source),
    serial: text('serial'),
    notes: text('notes'),
  };

  const category = cell('category');
  if (category) {
    const found = readCategory(category);
    if (found) candidate.category = found;
    else bad('category', `is not a known category (use ${CATEGORY_LIST})`);
  }
  const condition = cell('condition');
  if (condition) {
    const found = readCondition(condition);
    if (found) candidate.condition = found;
    else bad('condition', 'is not a known condition (use New, Used or For parts)');
  }
  const grade = cell('grade');
  if (grade) {
    const found = readGrade(grade);
    if (found === null) bad('grade', 'must be a whole number from 1 to 5');
    else candidate.grade = found;
  }
  const status = cell('status');
  if (status) {
    const found = readStatus(status);
    if (!found) bad('status', 'is not a known status (use In stock, Testing, RMA or Archived)');
    else if ('refused' in found) bad('status', found.refused);
    else candidate.status = found.status;
  }
  const cost = cell('cost');
  if (cost) {
    const cents = parseMoneyToCents(cost);
    if (cents === null) bad('cost', 'is not an amount (write it like 1234.56 or $1,234.56)');
    else candidate.costCents = cents;
  }
  const acquired = cell('acquiredAt');
  if (acquired) {
    const date = toIsoDate(readDate(acquired), ctx.dateOrder, ctx.mixedDates);
    if ('error' in date) bad('acquiredAt', date.error);
    else candidate.acquiredAt = date.date;
  }
  const specs = cell('specs');
  if (specs) {
    const found = readSpecsJson(specs);
    if (found) candidate.specs = found;
    else bad('specs', 'is not a JSON object like {"socket": "AM4"}');
  }

  const parsed = ImportPart.safeParse(candidate);
  for (const issue of parsed.error?.issues ?? []) {
    const key = String(issue.path[0] ?? '');
    const field = key === 'costCents' ? 'cost' : key;
    if (!isCsvField(field) || flagged.has(field)) continue;
    const value = cell(field);
    problem(field, `${FIELD_WORDS[field]} ${value ? `${quoted(value)} ${issue.message}` : 'is required'}`);
  }
  if (typeof candidate.category === 'string' && candidate.specs && !flagged.has('specs')) {
    const checked = parseSpecs(
      candidate.category as ImportPart['category'],
      candidate.specs as Record<string, unknown>,
    );
    if (!checked.ok) {
      for (const [key, message] of Object.entries(checked.fields)) {
        problem('specs', `specs field "${key.replace(/^specs\./, '')}" ${lowerFirst(message)}`);
      }
    }
  }
  if (problems.length > 0 || !parsed.success) {
    problems.sort((a, b) => CSV_FIELDS.indexOf(a.field) - CSV_FIELDS.indexOf(b.field));
    return { problems };
  }
  // A row without a cost (or a file without a cost column) would come in at $0.00: the user must agree.
  return { part: parsed.data, blankCost: cost === '' };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
