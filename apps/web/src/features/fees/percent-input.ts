import { z } from 'zod';

/** "13.6" or "13.6%" → 1360 basis points, without floating point; null when it is not a percentage. */
export function percentToBasisPoints(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/\s*%$/, ''));
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

/** A percentage typed by hand, checked as the server checks basis points (FeeRate in @partwise/shared). */
export const PercentText = z
  .string()
  .refine((text) => percentToBasisPoints(text) !== null, 'must be a percentage from 0 to 100, like 13.6');
