import type { BuildCompatibility, Severity } from '@partwise/shared';
import { useId } from 'react';
import { Icon } from '../../components/Icon';
import { CompatBadge, SEVERITY } from './badges';
import type { Finding } from './build-items';
import { plainMessage } from './finding-text';

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
  onHighlight: (itemIds: readonly string[]) => void;
  onShow: (itemIds: readonly string[]) => void;
  className?: string;
}

/** Errors, then warnings, then what is still open, each in plain words; a finding points at its parts. */
export function CompatibilityReport({ report, checking, onHighlight, onShow, className = '' }: Props) {
  const titleId = useId();
  const hintId = useId();
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
                      hintId={hintId}
                      onHighlight={onHighlight}
                      onShow={onShow}
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

function FindingItem({
  finding,
  hintId,
  onHighlight,
  onShow,
}: {
  finding: Finding;
  hintId: string;
  onHighlight: Props['onHighlight'];
  onShow: Props['onShow'];
}) {
  const { icon, text } = SEVERITY[finding.severity];
  const body = (
    <>
      <Icon name={icon} className={`mt-0.5 size-4 shrink-0 ${text}`} />
      <span>{plainMessage(finding)}</span>
    </>
  );
  if (finding.partIds.length === 0)
    return <div className="flex items-start gap-2 rounded-field px-2 py-1.5 text-sm">{body}</div>;
  const ids = finding.partIds;
  return (
    <button
      type="button"
      className="flex w-full items-start gap-2 rounded-field px-2 py-1.5 text-left text-sm hover:bg-base-200 focus-visible:bg-base-200"
      aria-describedby={hintId}
      onMouseEnter={() => onHighlight(ids)}
      onMouseLeave={() => onHighlight([])}
      onFocus={() => onHighlight(ids)}
      onBlur={() => onHighlight([])}
      onClick={() => onShow(ids)}
    >
      {body}
    </button>
  );
}
