import { RULES } from './rules';
import type { Severity } from './types';

/** A finding as the engine or the API gives it (the API widens the code to a string). */
export interface ProblemLike {
  code: string;
  severity: Severity;
  message: string;
}

/** A problem as an override records it: which rule, and what it said. */
export interface AcknowledgedProblem {
  code: string;
  message: string;
}

const BLOCKING = new Set<string>(RULES.filter((rule) => rule.blocksSale).map((rule) => rule.code));

/**
 * What stops a build from being set ready to sell, listed or sold: every error, and the parts it still lacks
 * (information while it is planned, a problem once it is to be sold).
 */
export function sellingProblems<F extends ProblemLike>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.severity === 'error' || BLOCKING.has(f.code));
}

const same = (a: AcknowledgedProblem, b: AcknowledgedProblem) => a.code === b.code && a.message === b.message;

/**
 * The selling problems an override does not cover. An override covers the problems it was recorded for, word
 * for word: a build that changed since (another part, a new problem) needs a new one.
 */
export function problemsNotOverridden<F extends ProblemLike>(
  findings: readonly F[],
  override: { problems: readonly AcknowledgedProblem[] } | null,
): F[] {
  const acknowledged = override?.problems ?? [];
  return sellingProblems(findings).filter((f) => !acknowledged.some((a) => same(a, f)));
}

/** "“Gaming PC” has 2 problems: The … . No storage drive yet." for a refusal or a confirmation. */
export function describeProblems(name: string, problems: readonly ProblemLike[]): string {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `“${name}” has ${count}: ${problems.map((p) => p.message).join(' ')}`;
}
