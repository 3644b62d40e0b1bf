import { PLANS, SUBSCRIPTION_STATUSES } from '@partwise/shared';
import { bigint, boolean, check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { user } from './accounts';
import { createdAt, oneOf, timestamptz, updatedAt } from './columns';

/**
 * One row per user who ever reached billing: their Stripe customer (created once, reused), the paid
 * subscription's state as the newest applied webhook event left it, and a plan an admin granted.
 */
export const subscription = pgTable(
  'subscription',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    stripeCustomerId: text('stripe_customer_id').unique(),
    stripeSubscriptionId: text('stripe_subscription_id'),
    /** The paid plan; free when there is no live subscription. */
    plan: text('plan').notNull().default('free'),
    status: text('status'),
    currentPeriodEnd: timestamptz('current_period_end'),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    /** The `created` time of the newest Stripe event applied: an older event never overwrites it. */
    stateAt: timestamptz('state_at'),
    compPlan: text('comp_plan'),
    compUntil: timestamptz('comp_until'),
    /** The month's assistant usage counts from here on (an admin's reset). */
    usageResetAt: timestamptz('usage_reset_at'),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('subscription_plan_valid', oneOf(t.plan, PLANS)),
    check('subscription_status_valid', oneOf(t.status, SUBSCRIPTION_STATUSES)),
    check('subscription_comp_plan_valid', oneOf(t.compPlan, PLANS)),
  ],
);

/** Every Stripe webhook event received, by its id: a replay finds it and does nothing. */
export const stripeEvent = pgTable(
  'stripe_event',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    /** The event's own `created` time. */
    created: timestamptz('created').notNull(),
    payload: jsonb('payload').notNull(),
    receivedAt: createdAt(),
    attempts: integer('attempts').notNull().default(1),
    processedAt: timestamptz('processed_at'),
    /** The last processing error; cleared when a retry succeeds. */
    error: text('error'),
  },
  (t) => [index('stripe_event_received_idx').on(t.receivedAt)],
);

/** One row per assistant model call: tokens in and out, by feature and model. */
export const aiUsage = pgTable(
  'ai_usage',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    feature: text('feature').notNull(),
    model: text('model').notNull(),
    inputTokens: integer('input_tokens').notNull(),
    outputTokens: integer('output_tokens').notNull(),
    /** Counted with the tokenizer because the model server reported no usage. */
    estimated: boolean('estimated').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('ai_usage_owner_created_idx').on(t.ownerId, t.createdAt)],
);
