import type { Plan, PlanId, SubscriptionStatus } from '@partwise/shared';
import type { Config } from '../../config';
import type { subscription } from '../../db/schema';

export type SubscriptionRow = typeof subscription.$inferSelect;

const PLAN_DISPLAY: Record<PlanId, { name: string; priceCents: number }> = {
  free: { name: 'Free', priceCents: 0 },
  pro: { name: 'Pro', priceCents: 1_200 },
  business: { name: 'Business', priceCents: 4_900 },
};

export function planList(config: Config): Plan[] {
  return (['free', 'pro', 'business'] as const).map((id) => ({
    id,
    ...PLAN_DISPLAY[id],
    monthlyTokens: config.aiTokens[id],
  }));
}

/** A paid plan applies while its subscription is live; past_due keeps it (with a banner) until Stripe ends it. */
const LIVE: readonly (string | null)[] = ['active', 'trialing', 'past_due'] satisfies SubscriptionStatus[];

/** The plan that applies at `now`: an admin's comp plan while it lasts, else the live paid plan, else free. */
export function effectivePlan(row: SubscriptionRow | undefined, now: Date): PlanId {
  if (!row) return 'free';
  if (row.compPlan && row.compUntil && row.compUntil > now) return row.compPlan as PlanId;
  if (LIVE.includes(row.status)) return row.plan as PlanId;
  return 'free';
}
