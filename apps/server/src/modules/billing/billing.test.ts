import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aiUsage, auditLog, stripeEvent, subscription } from '../../db/schema';
import { signUpAdmin } from '../../test/admin';
import { createTestApp, type TestContext } from '../../test/app';
import { type FakeStripe, startFakeStripe } from '../../test/fake-stripe';
import { billingEnv, deliver, PRICE_PRO, signedEvent } from '../../test/stripe-events';
import { signUp, type TestUser } from '../../test/users';
import { monthUsage, recordUsage } from './usage';

let fake: FakeStripe;
let ctx: TestContext;

beforeAll(async () => {
  fake = await startFakeStripe();
  ctx = await createTestApp(billingEnv(fake.url));
});
afterAll(async () => {
  await ctx.close();
  await fake.close();
});

const get = (user: TestUser, url: string) => ctx.app.inject({ method: 'GET', url, headers: user.cookie });
const post = (user: TestUser, url: string, payload?: unknown) =>
  ctx.app.inject({ method: 'POST', url, headers: user.cookie, ...(payload ? { payload } : {}) });
const subscriptionOf = async (user: TestUser) => (await get(user, '/api/v1/billing/subscription')).json();

/** Checkout as `user`, then Stripe's side: the customer pays and the session completes. */
async function upgradeToPro(user: TestUser) {
  const res = await post(user, '/api/v1/billing/checkout', { plan: 'pro' });
  expect(res.statusCode).toBe(200);
  const sessionId = res.json().url.split('/').pop();
  const { session, subscription: sub } = fake.completeCheckout(sessionId);
  const done = await deliver(ctx.app, signedEvent('checkout.session.completed', session));
  expect(done.statusCode).toBe(200);
  return sub;
}

describe('plans', () => {
  it('lists the three plans with their allowances, to anyone', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/billing/plans' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      billingEnabled: true,
      items: [
        { id: 'free', monthlyTokens: 50_000 },
        { id: 'pro', monthlyTokens: 1_000_000 },
        { id: 'business', monthlyTokens: 5_000_000 },
      ],
    });
  });
});

describe('checkout and portal', () => {
  it('sends the browser to Stripe, with one customer per user, reused', async () => {
    const user = await signUp(ctx.app);
    const first = await post(user, '/api/v1/billing/checkout', { plan: 'pro' });
    const second = await post(user, '/api/v1/billing/checkout', { plan: 'business' });
    expect(first.json().url).toMatch(new RegExp(`^${fake.url}/checkout/cs_test_`));
    expect(second.statusCode).toBe(200);
    const customerCalls = fake.calls.filter((c) => c.path === '/v1/customers' && c.body.email === user.email);
    expect(customerCalls).toHaveLength(1);
    expect(customerCalls[0]?.body.metadata).toEqual({ userId: user.id });
    const sessions = fake.calls.filter(
      (c) => c.path === '/v1/checkout/sessions' && c.body.client_reference_id === user.id,
    );
    expect(sessions.map((s) => s.body.mode)).toEqual(['subscription', 'subscription']);
    expect(sessions[0]?.body.line_items).toEqual([{ price: PRICE_PRO, quantity: '1' }]);
    expect(sessions[0]?.body.success_url).toBe('http://localhost:3000/billing?checkout=success');
    const portal = await post(user, '/api/v1/billing/portal');
    expect(portal.json().url).toMatch(new RegExp(`^${fake.url}/portal/`));
    expect(fake.calls.filter((c) => c.path === '/v1/customers' && c.body.email === user.email)).toHaveLength(
      1,
    );
  });

  it('makes one customer when several checkouts start at once', async () => {
    const user = await signUp(ctx.app);
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => post(user, '/api/v1/billing/checkout', { plan: 'pro' })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(fake.calls.filter((c) => c.path === '/v1/customers' && c.body.email === user.email)).toHaveLength(
      1,
    );
    const customers = new Set(
      fake.calls
        .filter((c) => c.path === '/v1/checkout/sessions' && c.body.client_reference_id === user.id)
        .map((c) => c.body.customer),
    );
    expect(customers.size).toBe(1);
  });

  it('refuses a plan that is not for sale and unknown fields', async () => {
    const user = await signUp(ctx.app);
    expect((await post(user, '/api/v1/billing/checkout', { plan: 'free' })).statusCode).toBe(400);
    expect((await post(user, '/api/v1/billing/checkout', { plan: 'pro', price: 1 })).statusCode).toBe(400);
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/billing/checkout', payload: { plan: 'pro' } }))
        .statusCode,
    ).toBe(401);
  });
});

describe('webhooks', () => {
  it('checkout completed makes the user pro, with the pro allowance from that moment', async () => {
    const user = await signUp(ctx.app);
    expect(await subscriptionOf(user)).toMatchObject({
      plan: 'free',
      status: null,
      usage: { limitTokens: 50_000 },
    });
    await upgradeToPro(user);
    const again = await post(user, '/api/v1/billing/checkout', { plan: 'business' });
    expect(again.statusCode).toBe(409);
    const after = await subscriptionOf(user);
    expect(after).toMatchObject({
      plan: 'pro',
      status: 'active',
      cancelAtPeriodEnd: false,
      usage: { limitTokens: 1_000_000 },
    });
    expect(after.currentPeriodEnd).not.toBeNull();
  });

  it('payment failed makes it past_due (still pro); the subscription ending makes it free', async () => {
    const user = await signUp(ctx.app);
    const sub = await upgradeToPro(user);
    const t = Math.floor(Date.now() / 1000);
    const invoice = {
      object: 'invoice',
      customer: sub.customer,
      parent: { subscription_details: { subscription: sub.id } },
    };
    expect(
      (await deliver(ctx.app, signedEvent('invoice.payment_failed', invoice, { created: t + 10 })))
        .statusCode,
    ).toBe(200);
    expect(await subscriptionOf(user)).toMatchObject({ plan: 'pro', status: 'past_due' });
    await deliver(ctx.app, signedEvent('invoice.paid', invoice, { created: t + 20 }));
    expect(await subscriptionOf(user)).toMatchObject({ plan: 'pro', status: 'active' });
    await deliver(ctx.app, signedEvent('invoice.payment_failed', invoice, { created: t + 30 }));
    const ended = { ...sub, status: 'canceled' };
    expect(
      (await deliver(ctx.app, signedEvent('customer.subscription.deleted', ended, { created: t + 40 })))
        .statusCode,
    ).toBe(200);
    expect(await subscriptionOf(user)).toMatchObject({
      plan: 'free',
      status: 'canceled',
      usage: { limitTokens: 50_000 },
    });
    const history = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(history.filter((h) => h.entity === 'subscription').map((h) => [h.action, h.via])).toContainEqual([
      'customer.subscription.deleted',
      'webhook',
    ]);
  });

  it('a replayed event answers 200 and does nothing', async () => {
    const user = await signUp(ctx.app);
    const sub = await upgradeToPro(user);
    const event = signedEvent(
      'customer.subscription.updated',
      { ...sub, cancel_at_period_end: true },
      { created: Math.floor(Date.now() / 1000) + 5 },
    );
    const first = await deliver(ctx.app, event);
    expect(first.json()).toEqual({ received: true, duplicate: false });
    // Someone changes the row in between: a replay must not re-apply the event over it.
    await ctx.database.db
      .update(subscription)
      .set({ cancelAtPeriodEnd: false })
      .where(eq(subscription.userId, user.id));
    const replay = await deliver(ctx.app, event);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual({ received: true, duplicate: true });
    expect((await subscriptionOf(user)).cancelAtPeriodEnd).toBe(false);
  });

  it('20 concurrent deliveries of one event are processed once', async () => {
    const user = await signUp(ctx.app);
    const sub = await upgradeToPro(user);
    const event = signedEvent(
      'customer.subscription.updated',
      { ...sub, status: 'past_due' },
      { created: Math.floor(Date.now() / 1000) + 5 },
    );
    const answers = await Promise.all(Array.from({ length: 20 }, () => deliver(ctx.app, event)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
    expect(answers.filter((a) => a.json().duplicate === false)).toHaveLength(1);
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(
      audits.filter((a) => (a.changes as { event?: { to: string } }).event?.to === event.id),
    ).toHaveLength(1);
    const [row] = await ctx.database.db.select().from(stripeEvent).where(eq(stripeEvent.id, event.id));
    expect(row?.processedAt).not.toBeNull();
  });

  it('an older subscription.updated never overwrites a newer state', async () => {
    const user = await signUp(ctx.app);
    const sub = await upgradeToPro(user);
    const t = Math.floor(Date.now() / 1000);
    const newer = signedEvent(
      'customer.subscription.updated',
      { ...sub, cancel_at_period_end: true },
      { created: t + 100 },
    );
    const older = signedEvent(
      'customer.subscription.updated',
      { ...sub, status: 'past_due' },
      { created: t + 50 },
    );
    await deliver(ctx.app, newer);
    expect((await deliver(ctx.app, older)).statusCode).toBe(200);
    expect(await subscriptionOf(user)).toMatchObject({
      plan: 'pro',
      status: 'active',
      cancelAtPeriodEnd: true,
    });
    const olderDeleted = signedEvent(
      'customer.subscription.deleted',
      { ...sub, status: 'canceled' },
      { created: t + 60 },
    );
    await deliver(ctx.app, olderDeleted);
    expect(await subscriptionOf(user)).toMatchObject({ plan: 'pro', status: 'active' });
  });

  it('a bad, missing or old signature is refused with 400 and nothing is stored', async () => {
    const user = await signUp(ctx.app);
    const sub = await upgradeToPro(user);
    const bad = signedEvent('customer.subscription.deleted', sub, { secret: 'whsec_wrong' });
    const old = signedEvent('customer.subscription.deleted', sub, {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    const missing = signedEvent('customer.subscription.deleted', sub);
    for (const [event, header] of [
      [bad, bad.header],
      [old, old.header],
      [missing, null],
    ] as const) {
      const res = await deliver(ctx.app, event, header);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('BAD_REQUEST');
      expect(await ctx.database.db.select().from(stripeEvent).where(eq(stripeEvent.id, event.id))).toEqual(
        [],
      );
    }
    const tampered = signedEvent('customer.subscription.deleted', sub);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/billing/webhook',
      headers: { 'content-type': 'application/json', 'stripe-signature': tampered.header },
      payload: tampered.payload.replace('"canceled"', '"active"').replace('"active"', '"trialing"'),
    });
    expect(res.statusCode).toBe(400);
    expect(await subscriptionOf(user)).toMatchObject({ plan: 'pro', status: 'active' });
  });

  it('keeps an event whose processing failed, counts it, and processes Stripe’s retry', async () => {
    const user = await signUp(ctx.app);
    const res = await post(user, '/api/v1/billing/checkout', { plan: 'business' });
    const sessionId = res.json().url.split('/').pop();
    const { session, subscription: sub } = fake.completeCheckout(sessionId);
    // Stripe cannot find the subscription for a moment: processing fails and nothing changes.
    fake.subscriptions.delete(String(sub.id));
    const event = signedEvent('checkout.session.completed', session);
    const failed = await deliver(ctx.app, event);
    expect(failed.statusCode).toBe(500);
    const [stored] = await ctx.database.db.select().from(stripeEvent).where(eq(stripeEvent.id, event.id));
    expect(stored).toMatchObject({ processedAt: null });
    expect(stored?.error).toMatch(/No such subscription/);
    expect((await subscriptionOf(user)).plan).toBe('free');
    const admin = await signUpAdmin(ctx);
    const system = (await get(admin, '/api/v1/admin/system')).json();
    expect(system.billingConfigured).toBe(true);
    expect(system.webhooks24h.failed).toBeGreaterThanOrEqual(1);

    fake.subscriptions.set(String(sub.id), sub);
    const retried = await deliver(ctx.app, event);
    expect(retried.json()).toEqual({ received: true, duplicate: false });
    expect(await subscriptionOf(user)).toMatchObject({ plan: 'business', status: 'active' });
    const [after] = await ctx.database.db.select().from(stripeEvent).where(eq(stripeEvent.id, event.id));
    expect(after).toMatchObject({ error: null, attempts: 2 });
    expect((await get(admin, '/api/v1/admin/analytics')).json().mrrCents).toBeGreaterThanOrEqual(4_900);
  });

  it('stores unknown event types and ignores them', async () => {
    const event = signedEvent('payment_intent.created', { id: 'pi_1', object: 'payment_intent' });
    const res = await deliver(ctx.app, event);
    expect(res.json()).toEqual({ received: true, duplicate: false });
    const [row] = await ctx.database.db.select().from(stripeEvent).where(eq(stripeEvent.id, event.id));
    expect(row).toMatchObject({ type: 'payment_intent.created', error: null });
  });
});

describe('assistant usage', () => {
  it('counts this month’s tokens by feature against the plan’s allowance', async () => {
    const user = await signUp(ctx.app);
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
    await recordUsage(
      ctx.database.db,
      { ownerId: user.id, feature: 'chat', model: 'llama3.1:8b', inputTokens: 100, outputTokens: 50 },
      now,
    );
    await ctx.database.db.insert(aiUsage).values([
      { ownerId: user.id, feature: 'listing_draft', model: 'llama3.1:8b', inputTokens: 7, outputTokens: 3 },
      {
        ownerId: user.id,
        feature: 'chat',
        model: 'llama3.1:8b',
        inputTokens: 1000,
        outputTokens: 1000,
        createdAt: lastMonth,
      },
    ]);
    const usage = await monthUsage(ctx.database.db, user.id, now);
    expect(usage).toMatchObject({
      usedTokens: 160,
      inputTokens: 107,
      outputTokens: 53,
      byFeature: {
        chat: { inputTokens: 100, outputTokens: 50 },
        listing_draft: { inputTokens: 7, outputTokens: 3 },
      },
    });
    expect((await subscriptionOf(user)).usage).toMatchObject({ usedTokens: 160, limitTokens: 50_000 });
  });
});

describe('billing off', () => {
  it('without keys everyone is on free, nothing errors, and checkout says billing is off', async () => {
    const off = await createTestApp();
    try {
      const user = await signUp(off.app);
      const plans = await off.app.inject({ method: 'GET', url: '/api/v1/billing/plans' });
      expect(plans.json().billingEnabled).toBe(false);
      const sub = await off.app.inject({
        method: 'GET',
        url: '/api/v1/billing/subscription',
        headers: user.cookie,
      });
      expect(sub.statusCode).toBe(200);
      expect(sub.json()).toMatchObject({ plan: 'free', status: null, billingEnabled: false });
      const checkout = await off.app.inject({
        method: 'POST',
        url: '/api/v1/billing/checkout',
        headers: user.cookie,
        payload: { plan: 'pro' },
      });
      expect(checkout.statusCode).toBe(422);
      expect(checkout.json().error.message).toMatch(/Billing is not configured/);
      const hook = await deliver(off.app, signedEvent('invoice.paid', {}));
      expect(hook.statusCode).toBe(422);
    } finally {
      await off.close();
    }
  });
});
