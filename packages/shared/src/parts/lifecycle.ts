import type { PartStatus } from './enums';

export interface StatusRefusal {
  /** CONFLICT: the part is tied up elsewhere (undo that first); RULE_VIOLATION: this is never a direct edit. */
  code: 'CONFLICT' | 'RULE_VIOLATION';
  message: string;
}

/**
 * Whether a part's status may be set directly (by editing it, or in bulk). Builds, listings and sales move
 * parts into and out of in_build, listed and sold themselves; those are not direct edits.
 */
export function statusChangeRefusal(name: string, from: PartStatus, to: PartStatus): StatusRefusal | null {
  if (from === to) return null;
  if (to === 'sold')
    return { code: 'RULE_VIOLATION', message: `“${name}” becomes sold when you record its sale` };
  if (from === 'sold') {
    return {
      code: 'RULE_VIOLATION',
      message: `“${name}” is sold; it returns to stock only by refunding its sale`,
    };
  }
  if (to === 'in_build')
    return { code: 'RULE_VIOLATION', message: `Add “${name}” to a build to put it in a build` };
  if (to === 'listed')
    return { code: 'RULE_VIOLATION', message: `Activate a listing of “${name}” to list it` };
  if (from === 'in_build') {
    return { code: 'CONFLICT', message: `“${name}” is in a build: take it out of the build first` };
  }
  if (from === 'listed') return { code: 'CONFLICT', message: `“${name}” is listed: end its listings first` };
  return null;
}
