import { dateIn } from '@partwise/shared';
import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock';
import type { Db } from '../../db/client';

/**
 * Records that a user was active today (UTC) at most once per user and day: this process remembers whom it
 * has recorded today, and the row's primary key turns another process's second insert into nothing. Never
 * one write per request.
 */
export function createActivityRecorder(db: Db, clock: Clock) {
  let day = '';
  let seen = new Set<string>();
  return async (userId: string): Promise<void> => {
    const today = dateIn('UTC', clock.now());
    if (today !== day) {
      day = today;
      seen = new Set();
    }
    if (seen.has(userId)) return;
    seen.add(userId);
    try {
      await db.execute(sql`insert into user_activity (user_id, day) values (${userId}, ${today})
        on conflict do nothing`);
    } catch {
      // Activity is a statistic: a failed write must not fail the request, and is tried again tomorrow.
      seen.delete(userId);
    }
  };
}

export type ActivityRecorder = ReturnType<typeof createActivityRecorder>;
