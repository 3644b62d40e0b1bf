import type { Category } from '../parts/enums';
import type { SpecsByCategory } from '../parts/specs';
import type { RuleCode } from './rules';

export type Severity = 'error' | 'warning' | 'info';
export type CompatStatus = 'ok' | 'warnings' | 'errors';

/** One part of a build, owned or planned. Missing or null spec fields are unknown. */
export type BuildItem = {
  [C in Category]: {
    /** Chosen by the caller, e.g. "part:12" or "planned:5"; unique within the build. */
    id: string;
    name: string;
    category: C;
    specs: Partial<SpecsByCategory[C]>;
    /** How many of this part (memory kits, drives, cards); 1 when absent or not a whole number ≥ 1. */
    quantity?: number;
  };
}[Category];

export type ItemOf<C extends Category> = Extract<BuildItem, { category: C }>;

export interface CompatFinding {
  code: RuleCode;
  severity: Severity;
  message: string;
  /** The parts the finding is about, both sides of a mismatch. */
  partIds: string[];
  /** UNVERIFIED only: the (first) rule that could not run. */
  rule?: RuleCode;
  /** UNVERIFIED only: every rule that could not run for want of these same specs (one finding for all). */
  rules?: RuleCode[];
  /** UNVERIFIED only: the unknown specs, as "category.field" (e.g. "case.maxGpuLengthMm"). */
  missing?: string[];
  /** UNVERIFIED only: each unknown spec with the part it belongs to, so that it can be asked for and filled. */
  unknown?: Array<{ partId: string; spec: string }>;
}

export interface CompatReport {
  /** errors if any error, warnings if any warning, otherwise ok; info findings never change it. */
  status: CompatStatus;
  /**
   * false when a component is missing or a rule could not run (MISSING_COMPONENT, NO_GRAPHICS, UNVERIFIED):
   * "ok" then means "nothing wrong found so far", not "compatible".
   */
  complete: boolean;
  findings: CompatFinding[];
}
