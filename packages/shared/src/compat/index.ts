export { type CandidateFit, checkBuild, type Fit, sortByFit, suggestCompatible } from './check';
export { PLATFORM_PAIRS, type PlatformPair } from './platform';
export { cpuMemoryTypes } from './platform-memory';
export { estimatePowerDraw, POWER, type PowerEstimate } from './power';
export { normalizeSocket } from './read';
export { RULES, type RuleCode, type RuleInfo } from './rules';
export {
  type AcknowledgedProblem,
  describeProblems,
  type ProblemLike,
  problemsNotOverridden,
  sellingProblems,
} from './sell';
export { SPEC_LABELS, SPEC_UNITS, specLabel, specQuestion } from './spec-labels';
export type { BuildItem, CompatFinding, CompatReport, CompatStatus, ItemOf, Severity } from './types';
