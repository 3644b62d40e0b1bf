import { MAX_CENTS, parseMoneyToCents } from '@partwise/shared';
import { z } from 'zod';

/** Cents from what was typed: null when empty, undefined when it is not an amount. */
export function inputToCents(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const cents = parseMoneyToCents(text);
  return cents === null ? undefined : cents;
}

/** Cents from a field the schema already checked; an empty field counts as 0. */
export function checkedCents(text: string): number {
  return inputToCents(text) ?? 0;
}

/** An amount typed in dollars, checked as the server checks cents (Cents in @partwise/shared). */
export const MoneyText = z.string().superRefine((text, ctx) => {
  const cents = inputToCents(text);
  if (cents === undefined)
    ctx.addIssue({ code: 'custom', message: 'must be an amount like 900 or 1,234.56' });
  else if (cents !== null && cents < 0) ctx.addIssue({ code: 'custom', message: 'must be >= 0' });
  else if (cents !== null && cents > MAX_CENTS) ctx.addIssue({ code: 'custom', message: 'is too large' });
});

/** A required amount: empty is an error. */
export const RequiredMoneyText = MoneyText.refine((text) => text.trim() !== '', 'is required');
