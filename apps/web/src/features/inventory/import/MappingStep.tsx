import {
  CSV_FIELD_LABELS,
  CSV_FIELDS,
  CSV_REQUIRED_FIELDS,
  type CsvDateOrder,
  type CsvField,
} from '@partwise/shared';
import { ResponsiveTable, Row } from '../../../components/ResponsiveTable';
import type { CsvFile } from './csv-file';

export type Mapping = Record<CsvField, string | null>;

const HINTS: Partial<Record<CsvField, string>> = {
  category: 'CPU, GPU, RAM, SSD…',
  cost: '$1,234.56 or 1234.56',
  acquiredAt: '2025-06-15, 6/15/2025…',
  condition: 'new, used, for parts',
  grade: '1 to 5',
};

/** Step 2: one column for each field, suggested from the headers, with the file's first rows beside it. */
export function MappingStep({
  file,
  mapping,
  onMapping,
  dateOrder,
  onDateOrder,
}: {
  file: CsvFile;
  mapping: Mapping;
  onMapping: (mapping: Mapping) => void;
  dateOrder: CsvDateOrder;
  onDateOrder: (order: CsvDateOrder) => void;
}) {
  const sample = (header: string | null) => {
    if (header === null) return [];
    const column = file.headers.indexOf(header);
    return file.preview.map((row) => row[column] ?? '');
  };
  return (
    <div className="flex flex-col gap-4">
      <ResponsiveTable caption="Columns for each field" head={['Field', 'Column in your file', 'First rows']}>
        {CSV_FIELDS.map((field) => {
          const required = CSV_REQUIRED_FIELDS.includes(field);
          const values = sample(mapping[field]);
          return (
            <Row key={field}>
              <td className="whitespace-nowrap max-sm:block max-sm:border-0 max-sm:p-0 max-sm:pb-1">
                <span className="font-medium">{CSV_FIELD_LABELS[field]}</span>
                {required && <span className="badge badge-soft badge-primary badge-xs ml-2">required</span>}
                {HINTS[field] && <p className="text-xs text-base-content/50 max-sm:hidden">{HINTS[field]}</p>}
              </td>
              <td className="max-sm:block max-sm:border-0 max-sm:p-0">
                <select
                  className={`select select-sm w-full sm:w-56 ${required && mapping[field] === null ? 'select-error' : ''}`}
                  aria-label={`Column for ${CSV_FIELD_LABELS[field]}`}
                  value={mapping[field] ?? ''}
                  onChange={(e) => onMapping({ ...mapping, [field]: e.target.value || null })}
                >
                  <option value="">— not imported —</option>
                  {file.headers.map((header, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; their place is their identity
                    <option key={`${header}-${i}`} value={header}>
                      {header || `(column ${i + 1}, no name)`}
                    </option>
                  ))}
                </select>
              </td>
              <td
                className={`max-w-xs max-sm:border-0 max-sm:p-0 max-sm:pt-1 ${values.length ? 'max-sm:block' : 'max-sm:hidden'}`}
              >
                <span className="block truncate text-sm text-base-content/70 max-sm:text-xs">
                  {values.length ? values.map((v) => v || '·').join('  |  ') : '—'}
                </span>
              </td>
            </Row>
          );
        })}
      </ResponsiveTable>
      <fieldset className="fieldset max-w-md">
        <legend className="fieldset-legend text-sm">Dates like 03/04/2025 are</legend>
        <select
          className="select w-full"
          aria-label="How to read dates"
          value={dateOrder}
          onChange={(e) => onDateOrder(e.target.value as CsvDateOrder)}
        >
          <option value="auto">Worked out from the file</option>
          <option value="mdy">Month / day / year (US)</option>
          <option value="dmy">Day / month / year</option>
        </select>
      </fieldset>
    </div>
  );
}

export function missingRequired(mapping: Mapping): CsvField[] {
  return CSV_REQUIRED_FIELDS.filter((field) => mapping[field] === null);
}
