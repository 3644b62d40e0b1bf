import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import Stripe from 'stripe';

export const WEBHOOK_SECRET = 'whsec_test_secret_for_partwise';
export const PRICE_PRO = 'price_pro_test';
export const PRICE_BUSINESS = 'price_business_test';

/** The env that turns billing on against a fake Stripe at `apiBase`. */
export const billingEnv = (apiBase: string): Record<string, string> => ({
  STRIPE_SECRET_KEY: 'sk_test_partwise',
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  STRIPE_PRICE_PRO: PRICE_PRO,
  STRIPE_PRICE_BUSINESS: PRICE_BUSINESS,
  STRIPE_API_BASE: apiBase,
});

const signer = new Stripe('sk_test_signer', { telemetry: false });

export interface SignedEvent {
  id: string;
  payload: string;
  header: string;
}

/** A webhook delivery as Stripe would send it: the event JSON and its Stripe-Signature header. */
export function signedEvent(
  type: string,
  object: Record<string, unknown>,
  options: { id?: string; created?: number; timestamp?: number; secret?: string } = {},
): SignedEvent {
  const id = options.id ?? `evt_${randomBytes(8).toString('hex')}`;
  const payload = JSON.stringify({
    id,
    object: 'event',
    type,
    created: options.created ?? Math.floor(Date.now() / 1000),
    livemode: false,
    api_version: '2026-10-28.endive',
    data: { object },
  });
  const header = signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
  });
  return { id, payload, header };
}

export const deliver = (app: FastifyInstance, event: SignedEvent, header: string | null = event.header) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/billing/webhook',
    headers: {
      'content-type': 'application/json',
      ...(header !== null ? { 'stripe-signature': header } : {}),
    },
    payload: event.payload,
  });
