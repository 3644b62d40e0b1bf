import Stripe from 'stripe';
import type { BillingConfig } from '../../config';

/** The Stripe SDK, pointed at STRIPE_API_BASE when set (a local fake in tests); no retries, no telemetry. */
export function createStripe(billing: BillingConfig): Stripe {
  return new Stripe(billing.secretKey, {
    ...(billing.api ?? {}),
    maxNetworkRetries: 0,
    telemetry: false,
    timeout: 20_000,
  });
}
