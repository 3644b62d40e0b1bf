import { CheckoutRequest, PlanList, RedirectUrl, Subscription, WebhookAnswer } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config';
import { callerOf } from '../../http/auth-guard';
import type { BillingService } from './billing.service';
import { planList } from './plans';
import type { WebhookService } from './webhook.service';

const tags = ['billing'];

/** The caller's own billing, behind sign-in. */
export const billingRoutes: FastifyPluginAsyncZod<{ billing: BillingService }> = async (app, { billing }) => {
  app.get(
    '/billing/subscription',
    {
      schema: {
        tags,
        summary: 'Your plan, its status and this month’s assistant tokens against its allowance',
        response: { 200: Subscription },
      },
    },
    async (request) => billing.subscriptionOf(callerOf(request)),
  );

  app.post(
    '/billing/checkout',
    {
      schema: {
        tags,
        summary: 'Start a Stripe Checkout for a plan: answers the address to send the browser to',
        body: CheckoutRequest,
        response: { 200: RedirectUrl },
      },
    },
    async (request) => billing.checkout(callerOf(request), request.body.plan),
  );

  app.post(
    '/billing/portal',
    {
      schema: {
        tags,
        summary: 'Open the Stripe Customer Portal (card, plan, cancellation): answers its address',
        response: { 200: RedirectUrl },
      },
    },
    async (request) => billing.portal(callerOf(request)),
  );
};

/** Routes anyone may call: the plans, and Stripe's webhook (authenticated by its signature). */
export const billingPublicRoutes: FastifyPluginAsyncZod<{
  config: Config;
  webhooks: WebhookService;
}> = async (app, { config, webhooks }) => {
  app.get(
    '/plans',
    {
      schema: { tags, summary: 'The plans and their monthly assistant tokens', response: { 200: PlanList } },
    },
    async () => ({ items: planList(config), billingEnabled: config.billing !== null }),
  );

  await app.register(async (raw) => {
    // The signature covers the exact bytes Stripe sent: this one route takes its body unparsed.
    raw.removeContentTypeParser('application/json');
    raw.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    raw.post(
      '/webhook',
      {
        schema: {
          tags,
          summary: 'Stripe webhook: verified by its Stripe-Signature, stored by event id, processed once',
          security: [],
          response: { 200: WebhookAnswer },
        },
      },
      async (request) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.from('');
        const signature = request.headers['stripe-signature'];
        return webhooks.receive(body, typeof signature === 'string' ? signature : undefined);
      },
    );
  });
};
