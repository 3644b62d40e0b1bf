import type { PaidPlanId, Subscription } from '@partwise/shared';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Config } from '../../config';
import { acting, type Caller } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { subscription, user } from '../../db/schema';
import { recordAudit } from '../audit/audit';
import { effectivePlan } from './plans';
import { allowance, monthUsage } from './usage';

export const BILLING_OFF = 'Billing is not configured on this server: everyone is on the free plan';

export function createBillingService({ db, clock, config, stripe }: ServiceDeps & BillingDeps) {
  const needStripe = (): Stripe => {
    if (!stripe) throw new AppError('RULE_VIOLATION', BILLING_OFF);
    return stripe;
  };

  /** The caller's Stripe customer, created once (row-locked, so two clicks never make two customers). */
  async function customerFor(caller: Caller, api: Stripe): Promise<string> {
    await db.insert(subscription).values({ userId: caller.ownerId }).onConflictDoNothing();
    return db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(subscription)
        .where(eq(subscription.userId, caller.ownerId))
        .for('update');
      if (row?.stripeCustomerId) return row.stripeCustomerId;
      const [owner] = await tx.select().from(user).where(eq(user.id, caller.ownerId));
      if (!owner) throw notFound('User');
      const customer = await api.customers.create({
        email: owner.email,
        name: owner.name,
        metadata: { userId: owner.id },
      });
      const who = acting(caller, clock);
      await tx
        .update(subscription)
        .set({ stripeCustomerId: customer.id, updatedAt: who.now })
        .where(eq(subscription.userId, caller.ownerId));
      await recordAudit(tx, who, [
        {
          entity: 'subscription',
          entityId: caller.ownerId,
          action: 'customer',
          changes: { stripeCustomerId: { from: null, to: customer.id } },
        },
      ]);
      return customer.id;
    });
  }

  return {
    async subscriptionOf(caller: Caller): Promise<Subscription> {
      const now = clock.now();
      const [row] = await db.select().from(subscription).where(eq(subscription.userId, caller.ownerId));
      const [usage, limit] = await Promise.all([
        monthUsage(db, caller.ownerId, now),
        allowance(db, config, caller.ownerId, now),
      ]);
      const compLive = row?.compPlan && row.compUntil && row.compUntil > now;
      return {
        plan: effectivePlan(row, now),
        status: (row?.status ?? null) as Subscription['status'],
        currentPeriodEnd: row?.currentPeriodEnd?.toISOString() ?? null,
        cancelAtPeriodEnd: row?.cancelAtPeriodEnd ?? false,
        comp:
          compLive && row.compPlan && row.compUntil
            ? { plan: row.compPlan as Subscription['plan'], until: row.compUntil.toISOString() }
            : null,
        billingEnabled: config.billing !== null,
        usage: {
          month: usage.month,
          usedTokens: usage.usedTokens,
          limitTokens: limit.limitTokens,
          resetsAt: usage.resetsAt,
        },
      };
    },

    /** A Stripe Checkout Session (subscription mode) for `plan`; the web app sends the browser to its URL. */
    async checkout(caller: Caller, plan: PaidPlanId): Promise<{ url: string }> {
      const api = needStripe();
      const billing = config.billing;
      if (!billing) throw new AppError('RULE_VIOLATION', BILLING_OFF);
      const [current] = await db.select().from(subscription).where(eq(subscription.userId, caller.ownerId));
      if (current?.status && ['active', 'trialing', 'past_due'].includes(current.status))
        throw new AppError(
          'CONFLICT',
          'You already have a subscription: change its plan in the billing portal (Manage billing)',
        );
      const customer = await customerFor(caller, api);
      const session = await api.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: caller.ownerId,
        line_items: [{ price: billing.prices[plan], quantity: 1 }],
        metadata: { userId: caller.ownerId, plan },
        subscription_data: { metadata: { userId: caller.ownerId, plan } },
        success_url: `${config.baseUrl}/billing?checkout=success`,
        cancel_url: `${config.baseUrl}/billing?checkout=cancelled`,
      });
      if (!session.url) throw new AppError('CONFLICT', 'Stripe gave no checkout address; try again');
      return { url: session.url };
    },

    /** A Customer Portal session, where the user changes card, plan or cancels: no card data touches us. */
    async portal(caller: Caller): Promise<{ url: string }> {
      const api = needStripe();
      const customer = await customerFor(caller, api);
      const session = await api.billingPortal.sessions.create({
        customer,
        return_url: `${config.baseUrl}/billing`,
      });
      return { url: session.url };
    },
  };
}

export interface BillingDeps {
  config: Config;
  /** Null when billing is off. */
  stripe: Stripe | null;
}

export type BillingService = ReturnType<typeof createBillingService>;
