import { type Build, buildOf, Findings } from './context';
import { checkPower, checkPsuFormFactor } from './power';
import { RULES } from './rules';
import {
  checkCaseFormFactor,
  checkCoolerHeight,
  checkCoolerRating,
  checkCoolerSocket,
  checkGpuLength,
} from './rules-case';
import { checkDuplicates, checkGraphics, checkMissing, checkPlatform, checkSocket } from './rules-cpu-board';
import { checkMemoryCapacity, checkMemoryChannels, checkMemorySlots, checkMemoryType } from './rules-memory';
import { checkM2Slots, checkSataPorts } from './rules-storage';
import type { BuildItem, CompatFinding, CompatReport, CompatStatus, Severity } from './types';

const CHECKS: Array<(build: Build, out: Findings) => void> = [
  checkDuplicates,
  checkMissing,
  checkSocket,
  checkPlatform,
  checkGraphics,
  checkMemoryType,
  checkMemorySlots,
  checkMemoryCapacity,
  checkMemoryChannels,
  checkCaseFormFactor,
  checkGpuLength,
  checkCoolerSocket,
  checkCoolerHeight,
  checkCoolerRating,
  checkPower,
  checkPsuFormFactor,
  checkM2Slots,
  checkSataPorts,
];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ruleOrder = (f: CompatFinding) => RULES.findIndex((r) => r.code === (f.rule ?? f.code));

function statusOf(findings: CompatFinding[]): CompatStatus {
  if (findings.some((f) => f.severity === 'error')) return 'errors';
  if (findings.some((f) => f.severity === 'warning')) return 'warnings';
  return 'ok';
}

/**
 * Checks a build. Pure and deterministic: the same items give the same report, in the browser for
 * instant feedback and on the server as the authority. Findings are sorted errors, warnings, infos,
 * then in RULES order.
 */
export function checkBuild(items: BuildItem[]): CompatReport {
  const build = buildOf(items);
  const out = new Findings();
  for (const check of CHECKS) check(build, out);
  const findings = out.list
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        ruleOrder(a.finding) - ruleOrder(b.finding) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
  return {
    status: statusOf(findings),
    // Every info is something still open: a part missing (a card too, for a CPU without graphics) or a rule
    // that could not run.
    complete: !findings.some((f) => f.severity === 'info'),
    findings,
  };
}

export type Fit = 'compatible' | 'unverified' | 'incompatible';

export interface CandidateFit {
  /** incompatible: it causes an error; unverified: a rule about it could not run; else compatible. */
  fit: Fit;
  /** The findings that involve the candidate (errors, warnings and UNVERIFIED infos). */
  findings: CompatFinding[];
}

/** Categories a build has one of: a candidate replaces the current one instead of adding a second. */
const SINGLE_CATEGORIES = new Set(['cpu', 'motherboard', 'case', 'psu', 'cooler']);

/**
 * Would this part fit the build? For the part picker's "compatible parts first": a CPU, board, case,
 * PSU or cooler candidate replaces the build's current one; memory, drives and graphics cards are
 * added. The candidate's id must differ from the items' ids.
 */
export function suggestCompatible(candidate: BuildItem, items: BuildItem[]): CandidateFit {
  const rest = SINGLE_CATEGORIES.has(candidate.category)
    ? items.filter((item) => item.category !== candidate.category)
    : items;
  const involved = checkBuild([...rest, candidate]).findings.filter((f) => f.partIds.includes(candidate.id));
  const fit: Fit = involved.some((f) => f.severity === 'error')
    ? 'incompatible'
    : involved.some((f) => f.code === 'UNVERIFIED')
      ? 'unverified'
      : 'compatible';
  return { fit, findings: involved };
}

const FIT_ORDER: Record<Fit, number> = { compatible: 0, unverified: 1, incompatible: 2 };

/** Sorts candidates compatible first, then unverified, then incompatible; stable otherwise. */
export function sortByFit<T extends BuildItem>(candidates: T[], items: BuildItem[]): T[] {
  return candidates
    .map((candidate, index) => ({
      candidate,
      index,
      order: FIT_ORDER[suggestCompatible(candidate, items).fit],
    }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ candidate }) => candidate);
}
