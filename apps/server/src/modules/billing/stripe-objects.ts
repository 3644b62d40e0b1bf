import type { PlanId, SubscriptionStatus } from '@partwise/shared';
import type { BillingConfig } from '../../config';

/**
 * The few fields read from Stripe objects, read defensively: webhook payloads follow the account's API
 * version, and fields move between versions (current_period_end moved onto subscription items in 2025).
 */
export type StripeObject = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const obj = (v: unknown): StripeObject | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as StripeObject) : null;

/** An id field that may be expanded into the object it names. */
export const idOf = (v: unknown): string | null => str(v) ?? str(obj(v)?.id);

export const metadataOf = (o: StripeObject): Record<string, string> => {
  const m = obj(o.metadata) ?? {};
  return Object.fromEntries(Object.entries(m).filter((e): e is [string, string] => typeof e[1] === 'string'));
};

function firstItem(sub: StripeObject): StripeObject | null {
  const items = obj(sub.items)?.data;
  return Array.isArray(items) ? obj(items[0]) : null;
}

export interface SubscriptionState {
  id: string;
  customer: string | null;
  plan: PlanId;
  status: SubscriptionStatus;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  userId: string | null;
}

/** Stripe's statuses folded into ours: unpaid is still owed (past_due); expired or paused is over. */
export function statusOf(stripeStatus: unknown): SubscriptionStatus {
  switch (stripeStatus) {
    case 'active':
    case 'trialing':
    case 'past_due':
    case 'canceled':
    case 'incomplete':
      return stripeStatus;
    case 'unpaid':
      return 'past_due';
    default:
      return 'canceled';
  }
}

/** The plan a subscription pays for, by its price; its metadata when the price is not one we know. */
export function planOf(sub: StripeObject, billing: BillingConfig): PlanId {
  const price = idOf(firstItem(sub)?.price);
  if (price === billing.prices.pro) return 'pro';
  if (price === billing.prices.business) return 'business';
  const fromMeta = metadataOf(sub).plan;
  return fromMeta === 'pro' || fromMeta === 'business' ? fromMeta : 'free';
}

export function subscriptionState(sub: StripeObject, billing: BillingConfig): SubscriptionState {
  const end = sub.current_period_end ?? firstItem(sub)?.current_period_end;
  return {
    id: str(sub.id) ?? '',
    customer: idOf(sub.customer),
    plan: planOf(sub, billing),
    status: statusOf(sub.status),
    currentPeriodEnd: typeof end === 'number' ? new Date(end * 1000) : null,
    cancelAtPeriodEnd: sub.cancel_at_period_end === true,
    userId: metadataOf(sub).userId ?? null,
  };
}

/** The subscription an invoice belongs to (top level before 2025, under parent since). */
export function invoiceSubscription(invoice: StripeObject): string | null {
  const parent = obj(obj(invoice.parent)?.subscription_details);
  return idOf(invoice.subscription) ?? idOf(parent?.subscription);
}

export { obj as asObject, str as asString };
