import { type CsvValue, centsToDecimal, toCsv } from '@partwise/shared';

/** A column of a chart's table: its header and how a row gives its value. */
export interface Column<Row> {
  header: string;
  value: (row: Row) => CsvValue;
  /** Money in cents: written as a plain decimal (12.34) that spreadsheets read as a number. */
  money?: boolean;
  /** A count or ratio: right-aligned in the table like money. */
  numeric?: boolean;
}

/** The table under a chart as a CSV file: one header row, then one row per data row, with a BOM for Excel. */
export function tableCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const body = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      return column.money && typeof value === 'number' ? centsToDecimal(value) : value;
    }),
  );
  return toCsv([columns.map((c) => c.header), ...body], { bom: true });
}

/** Hands a text to the browser as a file download. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
