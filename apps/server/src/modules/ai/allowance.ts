import type { Config } from '../../config';
import { AppError } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { allowance, monthUsage } from '../billing/usage';

/** Refuses (429 AI_LIMIT_REACHED, with the reset date) when this month's remaining allowance cannot cover the input. */
export async function checkAllowance(
  db: DbOrTx,
  config: Config,
  ownerId: string,
  now: Date,
  estimatedInput: number,
): Promise<void> {
  const [used, { limitTokens }] = await Promise.all([
    monthUsage(db, ownerId, now),
    allowance(db, config, ownerId, now),
  ]);
  if (used.usedTokens + estimatedInput > limitTokens) {
    const resets = used.resetsAt.slice(0, 10);
    throw new AppError(
      'AI_LIMIT_REACHED',
      `This month's assistant allowance is used up (${used.usedTokens} of ${limitTokens} tokens); it starts again on ${resets}. A bigger plan has a larger allowance.`,
      { resetsAt: used.resetsAt },
    );
  }
}
