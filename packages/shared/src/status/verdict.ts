export interface Refusal {
  /** CONFLICT: something else holds the record now (undo that first); RULE_VIOLATION: never done this way. */
  code: 'CONFLICT' | 'RULE_VIOLATION';
  message: string;
}

/** An allowed action leads to a status (the same one when it does not move); a refused one says why. */
export type Verdict<S extends string> = { ok: true; to: S } | { ok: false; refusal: Refusal };

export const allow = <S extends string>(to: S): Verdict<S> => ({ ok: true, to });
export const conflict = (message: string): Verdict<never> => ({
  ok: false,
  refusal: { code: 'CONFLICT', message },
});
export const ruleViolation = (message: string): Verdict<never> => ({
  ok: false,
  refusal: { code: 'RULE_VIOLATION', message },
});

/** in_stock → "in stock", for messages. */
export const words = (status: string) => status.replaceAll('_', ' ');
