import type { CsvDryRunResult } from '@partwise/shared';
import { FormAlert } from '../../../components/FormAlert';
import { Icon } from '../../../components/Icon';

/** Step 3: what the dry run found. Problems block the import; likely duplicates only warn. */
export function ReportStep({
  report,
  skipDuplicates,
  onSkipDuplicates,
}: {
  report: CsvDryRunResult;
  skipDuplicates: boolean;
  onSkipDuplicates: (skip: boolean) => void;
}) {
  const stats = [
    { label: 'Rows', value: report.rowCount, tone: '' },
    { label: 'Ready', value: report.validCount, tone: 'text-success' },
    { label: 'Problems', value: report.problemCount, tone: report.problemCount ? 'text-error' : '' },
    {
      label: 'Likely duplicates',
      value: report.duplicateCount,
      tone: report.duplicateCount ? 'text-warning' : '',
    },
  ];
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 divide-base-300 rounded-box border border-base-300 sm:grid-cols-4 sm:divide-x">
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
          <FormAlert problem="Nothing can be imported until every row is right: fix these in your spreadsheet, save it as CSV again and choose it again." />
          <ul className="max-h-96 overflow-y-auto rounded-box border border-base-300 text-sm">
            {report.problems.map((p) => (
              <li
                key={`${p.row}-${p.field}`}
                className="flex gap-3 border-b border-base-300 px-3 py-2 last:border-0"
              >
                <span className="tabular w-16 shrink-0 font-medium">Row {p.row}</span>
                <span className="w-28 shrink-0 text-base-content/60">{p.column ?? p.field}</span>
                <span>{p.message.replace(/^Row \d+: /, '')}</span>
              </li>
            ))}
          </ul>
          {report.problemCount > report.problems.length && (
            <p className="text-sm text-base-content/60">
              and {report.problemCount - report.problems.length} more like these.
            </p>
          )}
        </section>
      ) : (
        <div className="alert alert-success alert-soft">
          <Icon name="check" />
          <span>Every row can be imported.</span>
        </div>
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
          <label className="flex cursor-pointer items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="checkbox checkbox-sm"
              checked={skipDuplicates}
              onChange={(e) => onSkipDuplicates(e.target.checked)}
            />
            Leave these rows out
          </label>
        </section>
      )}
    </div>
  );
}
