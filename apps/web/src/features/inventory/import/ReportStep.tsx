import type { CsvDryRunResult } from '@partwise/shared';
import type { ReactNode } from 'react';
import { FormAlert } from '../../../components/FormAlert';
import { Icon } from '../../../components/Icon';
import type { ImportChoices } from './import-choices';

/**
 * Step 3: what the dry run found. Problems and blank costs stop the import unless the user chooses: skip the
 * rows with problems, import blank costs at $0.00. Likely duplicates only warn.
 */
export function ReportStep({
  report,
  choices,
  onChoices,
}: {
  report: CsvDryRunResult;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
}) {
  const choose = (key: keyof ImportChoices) => (checked: boolean) =>
    onChoices({ ...choices, [key]: checked });
  const stats = [
    { label: 'Rows', value: report.rowCount, tone: '' },
    { label: 'Ready', value: report.validCount, tone: 'text-success' },
    { label: 'Problems', value: report.problemCount, tone: report.problemCount ? 'text-error' : '' },
    { label: 'No cost', value: report.blankCostCount, tone: report.blankCostCount ? 'text-warning' : '' },
    {
      label: 'Likely duplicates',
      value: report.duplicateCount,
      tone: report.duplicateCount ? 'text-warning' : '',
    },
  ];
  const badRows = report.rowCount - report.validCount;
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 divide-base-300 rounded-box border border-base-300 sm:grid-cols-5 sm:divide-x">
        {stats.map((s) => (
          <div key={s.label} className="px-4 py-3">
            <dt className="text-sm text-base-content/60">{s.label}</dt>
            <dd className={`tabular text-2xl font-semibold ${s.tone}`}>{s.value}</dd>
          </div>
        ))}
      </dl>
      {report.dateOrder && (
        <p className="text-sm text-base-content/70">
          Dates were read as {report.dateOrder === 'mdy' ? 'month / day / year' : 'day / month / year'}.
        </p>
      )}
      {report.problemCount > 0 ? (
        <section aria-label="Problems" className="flex flex-col gap-2">
          {!choices.skipProblemRows && (
            <FormAlert problem="These rows cannot be imported as they are: fix them in your spreadsheet and choose it again, or skip them and import the rest." />
          )}
          <IssueList
            items={report.problems.map((p) => ({
              key: `${p.row}-${p.field}`,
              row: p.row,
              what: p.column ?? p.field,
              text: p.message,
            }))}
          />
          {report.problemCount > report.problems.length && (
            <p className="text-sm text-base-content/60">
              and {report.problemCount - report.problems.length} more like these.
            </p>
          )}
          <Choice checked={choices.skipProblemRows} onChange={choose('skipProblemRows')}>
            Skip the {badRows} {badRows === 1 ? 'row' : 'rows'} with problems and import the rest
          </Choice>
        </section>
      ) : (
        <div className="alert alert-success alert-soft">
          <Icon name="check" />
          <span>Every row can be read.</span>
        </div>
      )}
      {report.blankCostCount > 0 && (
        <section aria-label="Rows without a cost" className="flex flex-col gap-2">
          <h3 className="font-medium">Rows without a cost</h3>
          <IssueList
            items={report.blankCosts.map((b) => ({
              key: String(b.row),
              row: b.row,
              what: 'Cost',
              text: b.message,
            }))}
          />
          <Choice checked={choices.blankCostAsZero} onChange={choose('blankCostAsZero')}>
            Import {report.blankCostCount === 1 ? 'it' : `these ${report.blankCostCount} rows`} at $0.00
          </Choice>
          {!choices.blankCostAsZero && (
            <p className="text-sm text-base-content/60">
              {choices.skipProblemRows
                ? 'Left unticked, they are skipped with the rows with problems.'
                : 'Left unticked, they stop the import: tick it, fill in the costs, or skip rows with problems.'}
            </p>
          )}
        </section>
      )}
      {report.duplicateCount > 0 && (
        <section aria-label="Likely duplicates" className="flex flex-col gap-2">
          <h3 className="font-medium">Likely duplicates</h3>
          <ul className="max-h-64 overflow-y-auto rounded-box border border-base-300 text-sm">
            {report.duplicates.map((d) => (
              <li key={d.row} className="border-b border-base-300 px-3 py-2 last:border-0">
                {d.reason}
              </li>
            ))}
          </ul>
          <Choice checked={choices.skipDuplicates} onChange={choose('skipDuplicates')}>
            Leave these rows out
          </Choice>
        </section>
      )}
    </div>
  );
}

function IssueList({ items }: { items: { key: string; row: number; what: string; text: string }[] }) {
  return (
    <ul className="max-h-96 overflow-y-auto rounded-box border border-base-300 text-sm">
      {items.map((item) => (
        <li key={item.key} className="flex gap-3 border-b border-base-300 px-3 py-2 last:border-0">
          <span className="tabular w-16 shrink-0 font-medium">Row {item.row}</span>
          <span className="w-28 shrink-0 text-base-content/60 max-sm:hidden">{item.what}</span>
          <span>{item.text.replace(/^Row \d+: /, '')}</span>
        </li>
      ))}
    </ul>
  );
}

function Choice({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="flex cursor-pointer items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="checkbox checkbox-sm"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {children}
    </label>
  );
}
