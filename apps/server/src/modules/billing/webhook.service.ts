import { and, eq, isNull, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Config } from '../../config';
import { acting, systemActingFor } from '../../core/caller';
import { AppError } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { Tx } from '../../db/client';
import { stripeEvent, subscription, user } from '../../db/schema';
import { diff, recordAudit } from '../audit/audit';
import { BILLING_OFF } from './billing.service';
import {
  asObject,
  asString,
  idOf,
  invoiceSubscription,
  metadataOf,
  type StripeObject,
  subscriptionState,
} from './stripe-objects';

/** Stripe's own default: a signed delivery older than five minutes is refused (replayed captures). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

interface EventIn {
  id: string;
  type: string;
  created: Date;
  object: StripeObject;
  raw: unknown;
}

export type WebhookOutcome = { received: true; duplicate: boolean };

/**
 * Verified, stored by id, processed once. The event row is inserted in the same transaction that applies
 * it; a concurrent delivery of the same id waits on that row and then finds it processed (ADR: webhooks).
 */
export function createWebhookService({
  db,
  clock,
  config,
  stripe,
}: ServiceDeps & { config: Config; stripe: Stripe | null }) {
  function verify(raw: Buffer, signature: string | undefined): EventIn {
    if (!config.billing || !stripe) throw new AppError('RULE_VIOLATION', BILLING_OFF);
    if (!signature) throw new AppError('BAD_REQUEST', 'The Stripe-Signature header is missing');
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(
        raw,
        signature,
        config.billing.webhookSecret,
        WEBHOOK_TOLERANCE_SECONDS,
      );
    } catch {
      throw new AppError('BAD_REQUEST', 'The Stripe signature does not match, or the delivery is too old');
    }
    const object = asObject((event.data as { object?: unknown } | undefined)?.object) ?? {};
    return { id: event.id, type: event.type, created: new Date(event.created * 1000), object, raw: event };
  }

  /** The user a Stripe object is about: by our customer row, else by the user id we put in its metadata. */
  async function ownerOf(tx: Tx, customer: string | null, metaUserId: string | null) {
    if (customer) {
      const [row] = await tx
        .select({ userId: subscription.userId })
        .from(subscription)
        .where(eq(subscription.stripeCustomerId, customer));
      if (row) return row.userId;
    }
    if (!metaUserId) return null;
    const [found] = await tx.select({ id: user.id }).from(user).where(eq(user.id, metaUserId));
    if (!found) return null;
    await tx
      .insert(subscription)
      .values({ userId: found.id, stripeCustomerId: customer })
      .onConflictDoUpdate({
        target: subscription.userId,
        set: {
          stripeCustomerId: sql`coalesce(${subscription.stripeCustomerId}, excluded.stripe_customer_id)`,
        },
      });
    return found.id;
  }

  /**
   * Applies a new state to the user's subscription unless a newer event already did: events arrive in any
   * order, and an older one must never overwrite what a newer one set.
   */
  async function applyState(
    tx: Tx,
    event: EventIn,
    userId: string,
    next: Partial<typeof subscription.$inferInsert>,
  ): Promise<void> {
    const [owner] = await tx.select().from(user).where(eq(user.id, userId));
    if (!owner) return;
    await tx.insert(subscription).values({ userId }).onConflictDoNothing();
    const [before] = await tx
      .select()
      .from(subscription)
      .where(eq(subscription.userId, userId))
      .for('update');
    if (!before) return;
    if (before.stateAt && event.created < before.stateAt) return;
    const who = acting(systemActingFor(owner, 'webhook'), clock);
    const set = { ...next, stateAt: event.created, updatedAt: who.now };
    await tx.update(subscription).set(set).where(eq(subscription.userId, userId));
    const changes = diff(
      { plan: before.plan, status: before.status, cancelAtPeriodEnd: before.cancelAtPeriodEnd },
      { plan: set.plan, status: set.status, cancelAtPeriodEnd: set.cancelAtPeriodEnd },
    );
    if (Object.keys(changes).length > 0)
      await recordAudit(tx, who, [
        {
          entity: 'subscription',
          entityId: userId,
          action: event.type,
          changes: { ...changes, event: { from: null, to: event.id } },
        },
      ]);
  }

  async function applySubscription(tx: Tx, event: EventIn, sub: StripeObject, deleted: boolean) {
    if (!config.billing) return;
    const state = subscriptionState(sub, config.billing);
    const userId = await ownerOf(tx, state.customer, state.userId);
    if (!userId) return;
    await applyState(tx, event, userId, {
      stripeSubscriptionId: state.id,
      plan: deleted ? 'free' : state.plan,
      status: deleted ? 'canceled' : state.status,
      currentPeriodEnd: state.currentPeriodEnd,
      cancelAtPeriodEnd: deleted ? false : state.cancelAtPeriodEnd,
    });
  }

  async function process(tx: Tx, event: EventIn): Promise<void> {
    const o = event.object;
    switch (event.type) {
      case 'checkout.session.completed': {
        const userId = await ownerOf(
          tx,
          idOf(o.customer),
          asString(o.client_reference_id) ?? metadataOf(o).userId ?? null,
        );
        const subId = idOf(o.subscription);
        if (!userId || !subId || !stripe) return;
        // The session names the subscription; its current state comes from Stripe itself.
        const sub = (await stripe.subscriptions.retrieve(subId)) as unknown as StripeObject;
        await applySubscription(tx, event, sub, false);
        return;
      }
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
        return applySubscription(tx, event, o, false);
      case 'customer.subscription.deleted':
        return applySubscription(tx, event, o, true);
      case 'invoice.paid':
      case 'invoice.payment_failed': {
        const userId = await ownerOf(tx, idOf(o.customer), null);
        if (!userId) return;
        const [row] = await tx.select().from(subscription).where(eq(subscription.userId, userId));
        const subId = invoiceSubscription(o);
        // An invoice of an older, ended subscription says nothing about the current one.
        if (!row || (subId && row.stripeSubscriptionId && subId !== row.stripeSubscriptionId)) return;
        if (row.status === 'canceled') return;
        await applyState(tx, event, userId, {
          status: event.type === 'invoice.paid' ? 'active' : 'past_due',
        });
        return;
      }
      default:
        // Stored (for the record and the admin's counts) and otherwise ignored.
        return;
    }
  }

  return {
    async receive(raw: Buffer, signature: string | undefined): Promise<WebhookOutcome> {
      const event = verify(raw, signature);
      try {
        return await db.transaction(async (tx) => {
          const claimed = await tx
            .insert(stripeEvent)
            .values({ id: event.id, type: event.type, created: event.created, payload: event.raw })
            .onConflictDoUpdate({
              target: stripeEvent.id,
              set: { attempts: sql`${stripeEvent.attempts} + 1` },
              setWhere: isNull(stripeEvent.processedAt),
            })
            .returning({ id: stripeEvent.id });
          if (claimed.length === 0) return { received: true, duplicate: true } as const;
          await process(tx, event);
          await tx
            .update(stripeEvent)
            .set({ processedAt: clock.now(), error: null })
            .where(eq(stripeEvent.id, event.id));
          return { received: true, duplicate: false } as const;
        });
      } catch (error) {
        // Kept as failed (counted on the admin's system page); Stripe retries, and a retry may succeed.
        const message = error instanceof Error ? error.message.slice(0, 500) : 'failed';
        await db
          .insert(stripeEvent)
          .values({
            id: event.id,
            type: event.type,
            created: event.created,
            payload: event.raw,
            error: message,
          })
          .onConflictDoUpdate({
            target: stripeEvent.id,
            set: { error: message, attempts: sql`${stripeEvent.attempts} + 1` },
            setWhere: and(isNull(stripeEvent.processedAt)),
          });
        // A 500 whatever the cause (a Stripe API error carries its own status): Stripe retries any failure.
        throw new Error(`Processing Stripe event ${event.id} failed`, { cause: error });
      }
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
