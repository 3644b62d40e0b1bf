import {
  type BuildCompatibility,
  type BuildOverride,
  problemsNotOverridden,
  type Severity,
  sellingProblems,
} from '@partwise/shared';
import { useId } from 'react';
import { CompatBadge, SEVERITY } from './badges';
import { FindingItem } from './FindingItem';
import type { SpecChange } from './item-mutations';
import { OverrideNote } from './OverrideNote';
import type { SlotEntry } from './slots';
import { unknownSpecsOf } from './spec-input';

export const REPORT_ID = 'compatibility';

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Will not work' },
  { severity: 'warning', title: 'Check before you sell' },
  { severity: 'info', title: 'Still open' },
];

function summaryOf(report: BuildCompatibility): string {
  const count = (severity: Severity) => report.findings.filter((f) => f.severity === severity).length;
  if (report.status === 'errors') {
    const n = count('error');
    return `${n === 1 ? 'One problem stops' : `${n} problems stop`} this build from working.`;
  }
  if (report.status === 'warnings') return 'It should work, but check what is below before you sell it.';
  return report.complete
    ? 'Everything fits together.'
    : 'Nothing wrong so far; some parts are missing or could not be checked.';
}

interface Props {
  report: BuildCompatibility;
  /** A change is on its way to the server: the report shown is the browser's own check. */
  checking: boolean;
  override: BuildOverride | null;
  /** What is in the build, to ask for the specs the report could not check. */
  entries: SlotEntry[];
  /** Specs can be filled in while the build's parts can change. */
  editable: boolean;
  onHighlight: (itemIds: readonly string[]) => void;
  onShow: (itemIds: readonly string[]) => void;
  onSaveSpecs: (change: SpecChange) => Promise<void>;
  className?: string;
}

/** Errors, then warnings, then what is still open, each said once; a finding points at its parts. */
export function CompatibilityReport({
  report,
  checking,
  override,
  entries,
  editable,
  className = '',
  ...on
}: Props) {
  const titleId = useId();
  const hintId = useId();
  const problems = sellingProblems(report.findings);
  const open = new Set(problemsNotOverridden(problems, override));
  const accepted = new Set(override ? problems.filter((f) => !open.has(f)) : []);
  return (
    <section
      id={REPORT_ID}
      aria-labelledby={titleId}
      // Below the sticky money strip when a phone jumps here.
      className={`card scroll-mt-52 border border-base-300 bg-base-100 ${className}`}
    >
      <div className="card-body gap-3 p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={titleId} className="font-semibold">
            Compatibility
          </h2>
          <CompatBadge status={report.status} complete={report.complete} />
        </div>
        <p className="text-sm text-base-content/70" aria-live="polite">
          {summaryOf(report)}
          {checking && (
            <span className="ml-1 inline-flex items-center gap-1 text-xs text-base-content/50">
              <span className="loading loading-spinner loading-xs" /> confirming…
            </span>
          )}
        </p>
        {override && accepted.size > 0 && <OverrideNote override={override} covered={accepted.size} />}
        <p id={hintId} className="sr-only">
          Highlights the parts it is about.
        </p>
        {GROUPS.map(({ severity, title }) => {
          const findings = report.findings.filter((f) => f.severity === severity);
          if (findings.length === 0) return null;
          return (
            <div key={severity}>
              <h3 className={`mb-1 text-xs font-semibold tracking-wide uppercase ${SEVERITY[severity].text}`}>
                {title} ({findings.length})
              </h3>
              <ul className="flex flex-col gap-1">
                {findings.map((finding) => (
                  <li key={`${finding.code}:${finding.message}`}>
                    <FindingItem
                      finding={finding}
                      index={report.findings.indexOf(finding)}
                      hintId={hintId}
                      unknown={editable ? unknownSpecsOf(finding, entries) : []}
                      accepted={accepted.has(finding)}
                      onHighlight={on.onHighlight}
                      onShow={on.onShow}
                      onSaveSpecs={on.onSaveSpecs}
                    />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
