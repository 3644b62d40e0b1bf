import { sql } from 'drizzle-orm';
import type { Config } from '../../config';
import { planList } from './plans';

/** Live paid subscriptions (active, trialing, past_due) counted by plan: `plan`, `n`. */
export const paidSubscriptionsByPlan = sql`select plan, count(*)::int as n from subscription
  where status in ('active', 'trialing', 'past_due') and plan <> 'free' group by plan`;

/**
 * Monthly recurring revenue in cents from the live paid subscriptions by plan, at each plan's display price;
 * comp plans bring nothing. For the admin analytics (issue 11) to show.
 */
export function monthlyRecurringRevenueCents(
  paidByPlan: readonly { plan: string; n: number }[],
  config: Config,
): number {
  const price = new Map(planList(config).map((p) => [p.id as string, p.priceCents]));
  return paidByPlan.reduce((sum, r) => sum + (price.get(r.plan) ?? 0) * r.n, 0);
}
