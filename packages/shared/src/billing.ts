import { z } from 'zod';

export const PLANS = ['free', 'pro', 'business'] as const;
export const PlanId = z.enum(PLANS);
export type PlanId = z.infer<typeof PlanId>;

/** The plans someone pays for through Stripe Checkout. */
export const PAID_PLANS = ['pro', 'business'] as const;
export const PaidPlanId = z.enum(PAID_PLANS);
export type PaidPlanId = z.infer<typeof PaidPlanId>;

export const SUBSCRIPTION_STATUSES = ['active', 'trialing', 'past_due', 'canceled', 'incomplete'] as const;
export const SubscriptionStatus = z.enum(SUBSCRIPTION_STATUSES);
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>;

export const Plan = z.object({
  id: PlanId,
  name: z.string(),
  /** Assistant tokens per calendar month (UTC). */
  monthlyTokens: z.number().int(),
  /** Display price per month in cents (USD); what Stripe charges is the configured price. */
  priceCents: z.number().int(),
});
export type Plan = z.infer<typeof Plan>;

export const PlanList = z.object({
  items: z.array(Plan),
  /** False without Stripe keys: everyone is on free or the plan an admin granted. */
  billingEnabled: z.boolean(),
});
export type PlanList = z.infer<typeof PlanList>;

export const Subscription = z.object({
  /** The plan that applies now: a comp plan while it lasts, else the paid one while it is live, else free. */
  plan: PlanId,
  /** The Stripe subscription's status; null when the user never subscribed. */
  status: SubscriptionStatus.nullable(),
  currentPeriodEnd: z.string().nullable(),
  cancelAtPeriodEnd: z.boolean(),
  /** A plan granted by an admin without payment, and until when. */
  comp: z.object({ plan: PlanId, until: z.string() }).nullable(),
  billingEnabled: z.boolean(),
  usage: z.object({
    month: z.string(),
    usedTokens: z.number().int(),
    limitTokens: z.number().int(),
    resetsAt: z.string(),
  }),
});
export type Subscription = z.infer<typeof Subscription>;

export const CheckoutRequest = z.strictObject({ plan: PaidPlanId });
export type CheckoutRequest = z.infer<typeof CheckoutRequest>;

export const RedirectUrl = z.object({ url: z.string() });
export type RedirectUrl = z.infer<typeof RedirectUrl>;

export const WebhookAnswer = z.object({ received: z.boolean(), duplicate: z.boolean() });
