import { MileageRateTenthCents } from '@partwise/shared';
import { z } from 'zod';

/** "72.5" or "72.5¢" (cents a mile) → 725 tenths of a cent, without floating point; null when not a rate. */
export function centsTextToTenths(text: string): number | null {
  const match = /^(\d{1,4})(?:\.(\d))?$/.exec(text.trim().replace(/\s*¢$/, ''));
  if (!match) return null;
  const tenths = Number(match[1]) * 10 + Number(match[2] ?? '0');
  return MileageRateTenthCents.safeParse(tenths).success ? tenths : null;
}

/** A rate typed in cents a mile, checked as the server checks tenths of a cent. */
export const CentsPerMileText = z
  .string()
  .refine((text) => centsTextToTenths(text) !== null, 'must be cents a mile, like 72.5');

/** 725 → "72.5", for an input. */
export const tenthsToCentsText = (tenths: number) =>
  `${Math.trunc(tenths / 10)}${tenths % 10 ? `.${tenths % 10}` : ''}`;
