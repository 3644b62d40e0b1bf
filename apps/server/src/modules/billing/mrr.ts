import { sql } from 'drizzle-orm';
import type { Config } from '../../config';
import { type DbOrTx, queryRows } from '../../db/client';
import { planList } from './plans';

/**
 * Monthly recurring revenue in cents from paid subscriptions that are live (active, trialing, past_due),
 * at each plan's display price; comp plans bring nothing. For the admin analytics (issue 11) to show.
 */
export async function monthlyRecurringRevenueCents(db: DbOrTx, config: Config): Promise<number> {
  const rows = await queryRows<{ plan: string; n: number }>(
    db,
    sql`select plan, count(*)::int as n from subscription
      where status in ('active', 'trialing', 'past_due') and plan <> 'free' group by plan`,
  );
  const price = new Map(planList(config).map((p) => [p.id as string, p.priceCents]));
  return rows.reduce((sum, r) => sum + (price.get(r.plan) ?? 0) * r.n, 0);
}
