import { addDays } from '@partwise/shared';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import { AppError } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { part } from '../../db/schema';

/**
 * A sale's date lies between the day its last part was acquired and tomorrow in the owner's time zone (a day
 * of slack for a buyer in another zone). A typo such as 2020 for 2026 is refused here instead of landing in
 * a closed month.
 */
export async function checkSoldAt(tx: DbOrTx, who: Acting, soldAt: string, partIds: number[]): Promise<void> {
  const latest = addDays(who.today, 1);
  if (soldAt > latest) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The sale date ${soldAt} is in the future; today is ${who.today}`,
      {
        soldAt: `must be on or before ${latest}`,
      },
    );
  }
  if (partIds.length === 0) return;
  const [newest] = await tx
    .select({ name: part.name, acquiredAt: part.acquiredAt })
    .from(part)
    .where(and(eq(part.ownerId, who.ownerId), inArray(part.id, partIds)))
    .orderBy(desc(part.acquiredAt))
    .limit(1);
  if (newest && soldAt < newest.acquiredAt) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The sale date ${soldAt} is before “${newest.name}” was acquired (${newest.acquiredAt})`,
      { soldAt: `must be on or after ${newest.acquiredAt}, when “${newest.name}” was acquired` },
    );
  }
}
