import type Stripe from 'stripe';
import type { BillingConfig } from '../../config';

/**
 * The Stripe SDK, pointed at STRIPE_API_BASE when set (a local fake in tests); no retries, no telemetry. Imported
 * only when billing is configured: ~4 MB of every worker's heap otherwise.
 */
export async function createStripe(billing: BillingConfig): Promise<Stripe> {
  const { default: StripeClient } = await import('stripe');
  return new StripeClient(billing.secretKey, {
    ...(billing.api ?? {}),
    maxNetworkRetries: 0,
    telemetry: false,
    timeout: 20_000,
  });
}
