import type { Fit } from '@partwise/shared';
import { SEVERITY } from './badges';
import type { Finding } from './build-items';
import { uncheckedText } from './finding-text';

/** Everything the engine said about a candidate, for its fit badge's tooltip. */
export function fitReason(findings: Finding[]): string | undefined {
  return findings.map((f) => f.message).join(' ') || undefined;
}

/** One line under a candidate: why it does not fit, what could not be checked, or what to watch. */
export function FitNote({ fit, findings }: { fit: Fit; findings: Finding[] }) {
  const error = findings.find((f) => f.severity === 'error');
  const warning = findings.find((f) => f.severity === 'warning');
  const [note, tone] =
    fit === 'incompatible' && error
      ? [error.message, 'text-error']
      : fit === 'unverified'
        ? [uncheckedText(findings), 'text-base-content/60']
        : warning
          ? [warning.message, SEVERITY.warning.text]
          : [null, ''];
  if (!note) return null;
  return <p className={`mt-0.5 line-clamp-2 text-xs ${tone}`}>{note}</p>;
}
