export { type CandidateFit, checkBuild, type Fit, sortByFit, suggestCompatible } from './check';
export { PLATFORM_PAIRS, type PlatformPair } from './platform';
export { estimatePowerDraw, POWER, type PowerEstimate } from './power';
export { normalizeSocket } from './read';
export { RULES, type RuleCode, type RuleInfo, SPEC_LABELS } from './rules';
export type { BuildItem, CompatFinding, CompatReport, CompatStatus, ItemOf, Severity } from './types';
