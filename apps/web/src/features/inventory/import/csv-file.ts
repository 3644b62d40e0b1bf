import { CsvSyntaxError, isBlankRow, MAX_IMPORT_BYTES, parseCsv } from '@partwise/shared';

export interface CsvFile {
  name: string;
  text: string;
  headers: string[];
  /** The first few part rows, for the preview. */
  preview: string[][];
  /** Part rows in the file, blank lines left out. */
  rowCount: number;
}

export const PREVIEW_ROWS = 3;

/** Reads the file in the browser; a file that cannot be imported says why, in words. */
export async function readCsvFile(file: File): Promise<CsvFile> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(`“${file.name}” is larger than 20 MB; split it in parts`);
  const text = await file.text();
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new Error(`“${file.name}” cannot be read: ${error.message}`);
    throw error;
  }
  const [headers, ...body] = rows;
  if (!headers || headers.every((h) => h.trim() === '')) throw new Error(`“${file.name}” is empty`);
  const parts = body.filter((row) => !isBlankRow(row));
  if (parts.length === 0) throw new Error(`“${file.name}” has a header row but no parts under it`);
  return {
    name: file.name,
    text,
    headers: headers.map((h) => h.trim()),
    preview: parts.slice(0, PREVIEW_ROWS),
    rowCount: parts.length,
  };
}
