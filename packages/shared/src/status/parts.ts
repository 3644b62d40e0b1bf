import type { PartStatus } from '../parts/enums';
import { allow, conflict, type Refusal, ruleViolation, type Verdict, words } from './verdict';

/** Statuses a part may be created in; the others are reached through builds, listings and sales. */
export const CREATABLE_STATUSES = ['in_stock', 'testing', 'rma'] as const;
/** A spreadsheet may also bring parts already retired. */
export const IMPORTABLE_STATUSES = [...CREATABLE_STATUSES, 'archived'] as const;

/** What builds, listings and sales do to a part (a part in a build moves with the build: see builds.ts). */
export const PART_ACTIONS = [
  'add_to_build',
  'take_out_of_build',
  'draft_listing',
  'list',
  'sell',
  'restock',
  'delete',
] as const;
export type PartAction = (typeof PART_ACTIONS)[number];

export interface PartState {
  name: string;
  status: PartStatus;
  /** Linked to a build: it is listed and sold only as the build. */
  inBuild?: boolean;
}

/** A part may be listed or sold from these (unless it is in a build). */
const SELLABLE: readonly PartStatus[] = ['in_stock', 'testing', 'listed'];
/** What holds a part in these statuses; it cannot be deleted while held. */
const HELD_BY: Partial<Record<PartStatus, string>> = {
  in_build: 'a build',
  listed: 'a listing',
  sold: 'a sale',
};

export const cannotDelete = (name: string, usedIn: string) =>
  `“${name}” was used in ${usedIn}, so it cannot be deleted; archive it instead`;

/** Whether `action` may happen to the part now, and the part's status after it. */
export function partAction(part: PartState, action: PartAction): Verdict<PartStatus> {
  const { name, status } = part;
  switch (action) {
    case 'add_to_build':
      return status === 'in_stock'
        ? allow('in_build')
        : conflict(`“${name}” is not in stock (${words(status)})`);
    case 'take_out_of_build':
      return status === 'in_build'
        ? allow('in_stock')
        : conflict(`“${name}” is not in a build (${words(status)})`);
    case 'draft_listing':
      return status === 'sold' ? conflict(`“${name}” is already sold`) : allow(status);
    case 'list':
    case 'sell':
      if (status === 'sold') return conflict(`“${name}” is already sold`);
      if (status === 'in_build' || part.inBuild)
        return conflict(`“${name}” is in a build: list or sell the build instead`);
      if (!SELLABLE.includes(status)) return conflict(`“${name}” is ${status}: put it back in stock first`);
      return allow(action === 'list' ? 'listed' : 'sold');
    case 'restock':
      return status === 'sold' ? allow('in_stock') : conflict(`“${name}” is not sold (${words(status)})`);
    case 'delete': {
      const heldBy = HELD_BY[status];
      return heldBy ? conflict(cannotDelete(name, heldBy)) : allow(status);
    }
  }
}

/**
 * Whether a part's status may be set directly (by editing it, or in bulk). Builds, listings and sales move
 * parts into and out of in_build, listed and sold themselves; those are not direct edits.
 */
export function partStatusEdit(name: string, from: PartStatus, to: PartStatus): Verdict<PartStatus> {
  if (from === to) return allow(to);
  if (to === 'sold') return ruleViolation(`“${name}” becomes sold when you record its sale`);
  if (from === 'sold')
    return ruleViolation(`“${name}” is sold; it returns to stock only by refunding its sale`);
  if (to === 'in_build') return ruleViolation(`Add “${name}” to a build to put it in a build`);
  if (to === 'listed') return ruleViolation(`Activate a listing of “${name}” to list it`);
  if (from === 'in_build') return conflict(`“${name}” is in a build: take it out of the build first`);
  if (from === 'listed') return conflict(`“${name}” is listed: end its listings first`);
  return allow(to);
}

/** The refusal of a direct status edit, or null when it is allowed (for forms that offer only what works). */
export function statusChangeRefusal(name: string, from: PartStatus, to: PartStatus): Refusal | null {
  const verdict = partStatusEdit(name, from, to);
  return verdict.ok ? null : verdict.refusal;
}
