import type { BuildStatus } from '../builds/build';
import type { PartStatus } from '../parts/enums';
import { allow, conflict, ruleViolation, type Verdict, words } from './verdict';

/** Statuses a user sets by hand; listed and sold come from listings and sales. */
export const EDITABLE_BUILD_STATUSES = ['planning', 'assembling', 'ready'] as const;

export const BUILD_ACTIONS = [
  'change_parts',
  'part_out',
  'draft_listing',
  'list',
  'sell',
  'restock',
  'delete',
] as const;
export type BuildAction = (typeof BUILD_ACTIONS)[number];

export interface BuildState {
  name: string;
  status: BuildStatus;
  /** The parts it holds: listing, selling and deleting depend on it (unknown counts as not empty). */
  partCount?: number;
}

const OPEN: readonly BuildStatus[] = EDITABLE_BUILD_STATUSES;
const SELLABLE: readonly BuildStatus[] = [...EDITABLE_BUILD_STATUSES, 'listed'];

/** Whether `action` may happen to the build now, and the build's status after it. */
export function buildAction(build: BuildState, action: BuildAction): Verdict<BuildStatus> {
  const { name, status } = build;
  switch (action) {
    case 'change_parts':
    case 'part_out':
      if (!OPEN.includes(status)) return conflict(`“${name}” is ${status}; its parts cannot change`);
      return allow(action === 'part_out' ? 'planning' : status);
    case 'draft_listing':
      return status === 'sold' ? conflict(`“${name}” is already sold`) : allow(status);
    case 'list':
    case 'sell':
      if (status === 'sold') return conflict(`“${name}” is already sold`);
      if (!SELLABLE.includes(status)) return conflict(`“${name}” is ${status}`);
      if (!build.partCount) return ruleViolation(`“${name}” has no parts yet: add the parts you own first`);
      return allow(action === 'list' ? 'listed' : 'sold');
    case 'restock':
      // A returned PC comes back assembled, its parts in it; part it out to free them.
      return status === 'sold' ? allow('ready') : conflict(`“${name}” is not sold (${words(status)})`);
    case 'delete':
      // A build still being planned gives its parts back to stock; any other must be parted out first.
      if (status === 'planning' || build.partCount === 0) return allow(status);
      return conflict(`“${name}” is ${status}: part it out before deleting it`);
  }
}

/** Whether a build's status may be set by editing it. */
export function buildStatusEdit(name: string, from: BuildStatus, to: BuildStatus): Verdict<BuildStatus> {
  if (from === to) return allow(to);
  if (!OPEN.includes(to))
    return ruleViolation(`A build becomes ${to} through its listing or sale, not by editing it`);
  if (!OPEN.includes(from)) return conflict(`“${name}” is ${from}: end its listing or refund its sale first`);
  return allow(to);
}

/** A part in a build is listed and sold with the build; otherwise it is simply in the build. */
export function partStatusInBuild(buildStatus: BuildStatus): PartStatus {
  if (buildStatus === 'listed' || buildStatus === 'sold') return buildStatus;
  return 'in_build';
}
