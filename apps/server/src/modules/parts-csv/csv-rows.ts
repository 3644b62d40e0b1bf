import {
  CSV_FIELDS,
  CSV_REQUIRED_FIELDS,
  type CsvField,
  type CsvImportRequest,
  type CsvProblem,
  CsvSyntaxError,
  isBlankRow,
  MAX_IMPORT_ROWS,
  MAX_REPORTED_ISSUES,
  parseCsv,
} from '@partwise/shared';
import type { z } from 'zod';
import { AppError } from '../../core/errors';
import { fileDateOrder, readDate, type SlashOrder } from './csv-dates';
import { fieldWord, type ImportPart, readRow } from './csv-row';

export type ImportRequest = z.output<typeof CsvImportRequest>;

export interface ValidRow {
  /** The spreadsheet row (the header is row 1). */
  row: number;
  part: ImportPart;
  /** The cost cell is blank (or no column holds costs): the part would come in at $0.00. */
  blankCost: boolean;
}

export interface RowsReport {
  rowCount: number;
  skippedCount: number;
  /** The rows left out by skipRows that are in the file. */
  chosenRows: number[];
  dateOrder: SlashOrder | null;
  valid: ValidRow[];
  /** The first MAX_REPORTED_ISSUES problems, in row order. */
  problems: CsvProblem[];
  problemCount: number;
  /** Every row with a problem (complete, unlike `problems`). */
  problemRows: number[];
}

const unreadable = (reason: string) =>
  new AppError('VALIDATION_FAILED', `The file cannot be imported: it ${reason}`, { csv: `it ${reason}` });

/** The header and the part rows (with their spreadsheet row numbers); refuses files that are not CSV. */
function readTable(csv: string): { header: string[]; rows: { row: number; cells: string[] }[] } {
  // UTF-16 files (Excel's "Unicode text") and binaries decode to text full of NUL characters.
  if (csv.includes('\u0000')) throw unreadable('is not a UTF-8 text file (in Excel, save it as "CSV UTF-8")');
  let table: string[][];
  try {
    table = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw unreadable(`cannot be read as CSV: ${error.message}`);
    throw error;
  }
  const [header, ...rest] = table;
  if (!header || isBlankRow(header)) throw unreadable('is empty: its first row must hold the column names');
  const rows = rest.map((cells, i) => ({ row: i + 2, cells })).filter((r) => !isBlankRow(r.cells));
  if (rows.length === 0) throw unreadable('has column names but no parts under them');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw unreadable(`has ${rows.length} parts; import at most ${MAX_IMPORT_ROWS} at a time`);
  }
  return { header, rows };
}

/** Field → column index; every named column must exist, and the required fields must be mapped. */
function resolveMapping(header: readonly string[], mapping: ImportRequest['mapping']) {
  const names = header.map((h) => h.trim());
  const lower = names.map((h) => h.toLowerCase());
  const columns: Partial<Record<CsvField, number>> = {};
  const fields: Record<string, string> = {};
  for (const field of CSV_FIELDS) {
    const wanted = mapping[field]?.trim();
    if (!wanted) continue;
    // Two columns with one name: the first is used.
    let index = names.indexOf(wanted);
    if (index < 0) index = lower.indexOf(wanted.toLowerCase());
    if (index < 0) fields[`mapping.${field}`] = `there is no column "${wanted}" in the file`;
    else columns[field] = index;
  }
  for (const field of CSV_REQUIRED_FIELDS) {
    if (columns[field] === undefined) {
      fields[`mapping.${field}`] ??= `choose the column that holds the ${fieldWord(field)}`;
    }
  }
  if (Object.keys(fields).length > 0) {
    const first = Object.values(fields)[0] ?? '';
    throw new AppError('VALIDATION_FAILED', `Check the column mapping: ${first}`, fields);
  }
  return columns;
}

/** Parses, maps and checks every row, without touching the database. */
export function readRows(request: ImportRequest): RowsReport {
  const { header, rows: all } = readTable(request.csv);
  const columns = resolveMapping(header, request.mapping);
  const skip = new Set(request.skipRows);
  const rows = all.filter((r) => !skip.has(r.row));
  const dateColumn = columns.acquiredAt;
  const readings =
    dateColumn === undefined
      ? []
      : rows.map((r) => {
          const text = (r.cells[dateColumn] ?? '').trim();
          return text ? readDate(text) : null;
        });
  const { order, mixed } = fileDateOrder(readings, request.dateOrder);
  const ctx = { columns, header, dateOrder: order, mixedDates: mixed };

  const report: RowsReport = {
    rowCount: rows.length,
    skippedCount: all.length - rows.length,
    chosenRows: all.filter((r) => skip.has(r.row)).map((r) => r.row),
    dateOrder: order,
    valid: [],
    problems: [],
    problemCount: 0,
    problemRows: [],
  };
  for (const { row, cells } of rows) {
    const result = readRow(cells, row, ctx);
    if ('part' in result) {
      report.valid.push({ row, part: result.part, blankCost: result.blankCost });
      continue;
    }
    report.problemRows.push(row);
    report.problemCount += result.problems.length;
    const room = MAX_REPORTED_ISSUES - report.problems.length;
    if (room > 0) report.problems.push(...result.problems.slice(0, room));
  }
  return report;
}

/** "Row 5: cost is blank: it would be imported as $0.00": what the dry run says of a row without a cost. */
export const blankCostMessage = (row: number) => `Row ${row}: cost is blank: it would be imported as $0.00`;

/**
 * The 422 for an import with problems (and blank costs the user did not agree to import as $0.00): a summary
 * in words, and each reported problem as a field.
 */
export function problemsError(report: RowsReport, blankCosts: readonly ValidRow[]): AppError {
  const unconfirmed: CsvProblem[] = blankCosts.slice(0, MAX_REPORTED_ISSUES).map(({ row }) => ({
    row,
    field: 'cost',
    message: `${blankCostMessage(row)} (confirm that, or fill it in)`,
  }));
  const problems = [...report.problems, ...unconfirmed].sort((a, b) => a.row - b.row);
  const count = report.problemCount + blankCosts.length;
  const badRows = report.problemRows.length + blankCosts.length;
  const first = problems.slice(0, 3).map((p) => p.message);
  const more = count - first.length;
  const message =
    `${badRows} of ${report.rowCount} rows have problems, so nothing was imported. ${first.join('; ')}` +
    (more > 0 ? `; and ${more} more` : '');
  const fields: Record<string, string> = {};
  for (const p of problems.slice(0, 100)) fields[`rows.${p.row}.${p.field}`] ??= p.message;
  return new AppError('RULE_VIOLATION', message, fields);
}
