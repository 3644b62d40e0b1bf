import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { type Column, downloadText, tableCsv } from './csv';

/**
 * A chart with its numbers: the same rows as a table below it (readable without the picture, by screen
 * readers and on a phone) and as a CSV download.
 */
/** A column of the table under a chart: what its CSV holds, and how the table shows it when not as is. */
export type TableColumn<Row> = Column<Row> & { cell?: (row: Row) => ReactNode };

export function ChartCard<Row>({
  title,
  description,
  chart,
  columns,
  rows,
  rowKey,
  filename,
  empty,
  controls,
}: {
  title: string;
  description?: ReactNode;
  chart: ReactNode;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  filename: string;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: ReactNode;
  controls?: ReactNode;
}) {
  const slug = filename.replace(/\.csv$/, '');
  return (
    <section aria-labelledby={`${slug}-title`} className="card min-w-0 border border-base-300 bg-base-100">
      <div className="card-body gap-4 max-sm:p-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id={`${slug}-title`} className="card-title text-base">
              {title}
            </h2>
            {description && <p className="text-sm text-base-content/60">{description}</p>}
          </div>
          <div className="flex flex-wrap items-end gap-2">
            {controls}
            <button
              type="button"
              className="btn btn-sm"
              disabled={rows.length === 0}
              onClick={() => downloadText(filename, tableCsv(columns, rows))}
            >
              <Icon name="download" className="size-4" />
              CSV<span className="sr-only"> of {title.toLowerCase()}</span>
            </button>
          </div>
        </div>
        {empty ?? <div className="relative h-64 w-full sm:h-72">{chart}</div>}
        {rows.length > 0 && (
          <div className="max-h-80 overflow-auto rounded-box border border-base-300">
            <table className="table table-sm table-pin-rows">
              <caption className="sr-only">{title}: the numbers</caption>
              <thead>
                <tr>
                  {columns.map((column, index) => (
                    <th
                      key={column.header}
                      className={`${index === 0 ? PINNED : ''} ${column.money || column.numeric ? 'text-right' : ''}`}
                      scope="col"
                    >
                      {column.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={rowKey(row)}>
                    {columns.map((column, index) =>
                      index === 0 ? (
                        <th
                          key={column.header}
                          scope="row"
                          className={`${PINNED} font-normal whitespace-nowrap`}
                        >
                          {cellOf(column, row)}
                        </th>
                      ) : (
                        <td
                          key={column.header}
                          className={`whitespace-nowrap ${column.money || column.numeric ? 'tabular text-right' : ''}`}
                        >
                          {cellOf(column, row)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}

/** The first column (the period, platform or category) stays in view while a phone scrolls the figures. */
const PINNED = 'sticky left-0 z-[1] bg-base-100 shadow-[1px_0_0_var(--color-base-300)]';

function cellOf<Row>(column: TableColumn<Row>, row: Row): ReactNode {
  if (column.cell) return column.cell(row);
  const value = column.value(row);
  if (column.money && typeof value === 'number') return <Money cents={value} />;
  return value ?? '—';
}
