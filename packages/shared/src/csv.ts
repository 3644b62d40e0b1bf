/**
 * CSV as spreadsheets write it (RFC 4180): quoted fields, "" for a quote, delimiters and newlines inside
 * quotes, CRLF, LF or CR rows, an optional UTF-8 byte order mark. Pure functions, shared by the server
 * (import, export) and the web app (reading the header for the column mapping).
 */

export type CsvDelimiter = ',' | ';' | '\t';

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    /** The spreadsheet row (the header is row 1) where the problem starts. */
    readonly row: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

export interface ParseCsvOptions {
  /** Sniffed from the header line when not given. */
  delimiter?: CsvDelimiter;
  /** Stop after this many rows (the header counts): enough for a preview without parsing a big file. */
  maxRows?: number;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The delimiter used on the first line, outside quotes: comma unless semicolons (European spreadsheets)
 * or tabs (copied cells) are more frequent there.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of stripBom(text)) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

function nextBoundary(s: string, from: number, delimiter: string): number {
  for (let k = from; k < s.length; k++) {
    const c = s[k];
    if (c === delimiter || c === '\n' || c === '\r') return k;
  }
  return s.length;
}

/**
 * Rows of fields. Blank lines in the middle are kept (as `['']`) so row numbers match the spreadsheet;
 * blank lines at the end are dropped. Lenient where spreadsheets never write anything else: a quote
 * inside an unquoted field, or text after a closing quote, is kept as written.
 * Throws CsvSyntaxError only for a quoted field that is never closed.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): string[][] {
  const s = stripBom(text);
  const delimiter = options.delimiter ?? detectDelimiter(s);
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const rows: string[][] = [];
  if (s.length === 0) return rows;
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (s[i] === '"') {
      let j = i + 1;
      for (;;) {
        const quote = s.indexOf('"', j);
        if (quote === -1) {
          throw new CsvSyntaxError(
            `Row ${rows.length + 1}: a quoted field is never closed (a " is missing)`,
            rows.length + 1,
          );
        }
        value += s.slice(j, quote);
        if (s[quote + 1] === '"') {
          value += '"';
          j = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    }
    const end = nextBoundary(s, i, delimiter);
    value += s.slice(i, end);
    i = end;
    row.push(value);
    if (i >= s.length) {
      rows.push(row);
      break;
    }
    if (s[i] === delimiter) {
      i += 1;
      continue;
    }
    i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (rows.length >= maxRows || i >= s.length) break;
  }
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1] ?? [])) rows.pop();
  return rows;
}

/** A row with no text at all: a blank line, or only delimiters (",,,"). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((field) => field.trim() === '');
}

export type CsvValue = string | number | null | undefined;

/** One field, quoted only when it must be: it holds the delimiter, a quote, a newline or edge spaces. */
export function formatCsvField(value: CsvValue, delimiter: CsvDelimiter = ','): string {
  const text = value === null || value === undefined ? '' : String(value);
  const needsQuotes =
    text.includes(delimiter) || /["\r\n]/.test(text) || (text !== text.trim() && text.length > 0);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row, ended by CRLF as RFC 4180 asks. */
export function formatCsvRow(values: readonly CsvValue[], delimiter: CsvDelimiter = ','): string {
  return `${values.map((v) => formatCsvField(v, delimiter)).join(delimiter)}\r\n`;
}

/** A whole file. `bom` makes Excel read the file as UTF-8 instead of the system code page. */
export function toCsv(
  rows: readonly (readonly CsvValue[])[],
  options: { delimiter?: CsvDelimiter; bom?: boolean } = {},
): string {
  const body = rows.map((row) => formatCsvRow(row, options.delimiter)).join('');
  return options.bom ? `\uFEFF${body}` : body;
}
