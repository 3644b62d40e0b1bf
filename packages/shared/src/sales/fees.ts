import { z } from 'zod';
import { Cents } from '../parts/part';

export const PLATFORMS = [
  'ebay',
  'facebook_marketplace',
  'craigslist',
  'offerup',
  'reddit_hardwareswap',
  'local',
  'other',
] as const;
export const Platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof Platform>;

export const PLATFORM_LABELS: Record<Platform, string> = {
  ebay: 'eBay',
  facebook_marketplace: 'Facebook Marketplace',
  craigslist: 'Craigslist',
  offerup: 'OfferUp',
  reddit_hardwareswap: 'r/hardwareswap',
  local: 'Local sale',
  other: 'Other',
};

/** A platform's selling fee: a percentage of the price (in basis points, 1% = 100) plus a fixed amount. */
export const FeeRate = z.object({
  percentBasisPoints: z
    .number({ error: 'must be a whole number of basis points' })
    .int('must be a whole number of basis points')
    .min(0, 'must be >= 0')
    .max(10_000, 'must be at most 10000 (100%)'),
  fixedCents: Cents,
});
export type FeeRate = z.infer<typeof FeeRate>;

/** A fee as a request body: exactly these two fields. */
export const FeeRateUpdate = z.strictObject(FeeRate.shape);

export interface DefaultFee extends FeeRate {
  /** Where the number comes from, and what it leaves out. */
  source: string;
  /** When the source was read (YYYY-MM). Platforms change their fees: re-check and edit in settings. */
  asOf: string;
}

/**
 * US fees for a shipped sale of used computer parts, from each platform's published fee page as read on
 * `asOf` (see docs/decisions/003-sales-and-profit.md). Local cash sales pay no platform fee: set 0 in settings.
 */
export const DEFAULT_FEES: Record<Platform, DefaultFee> = {
  ebay: {
    percentBasisPoints: 1360,
    fixedCents: 40,
    source:
      'eBay final value fee, "most categories" (incl. computer components): 13.6% of the total up to $7,500 + $0.40 per order over $10 (ebay.com/help/selling/fees-credits-invoices/selling-fees)',
    asOf: '2025-01',
  },
  facebook_marketplace: {
    percentBasisPoints: 1000,
    fixedCents: 0,
    source:
      'Facebook Marketplace selling fee on shipped orders: 10% (minimum $0.80); local pickup is free (facebook.com/help/marketplace)',
    asOf: '2025-01',
  },
  craigslist: {
    percentBasisPoints: 0,
    fixedCents: 0,
    source: 'Craigslist takes no fee on a sale; the sale happens between buyer and seller',
    asOf: '2025-01',
  },
  offerup: {
    percentBasisPoints: 1290,
    fixedCents: 0,
    source:
      'OfferUp service fee on shipped items: 12.9% (minimum $1.99); local pickup is free (help.offerup.com)',
    asOf: '2025-01',
  },
  reddit_hardwareswap: {
    percentBasisPoints: 349,
    fixedCents: 49,
    source:
      'r/hardwareswap takes nothing; payment by PayPal Goods & Services: 3.49% + $0.49 (paypal.com/us/business/paypal-business-fees)',
    asOf: '2025-01',
  },
  local: { percentBasisPoints: 0, fixedCents: 0, source: 'Cash in person: no fee', asOf: '2025-01' },
  other: { percentBasisPoints: 0, fixedCents: 0, source: 'No default: set your own', asOf: '2025-01' },
};

/**
 * The fee on a price: price × basis points / 10,000, rounded half up to the cent, plus the fixed amount.
 * Integer arithmetic only (price ≤ MAX_CENTS and bp ≤ 10,000 keep the product below 2^53).
 */
export function estimateFeesCents(priceCents: number, rate: FeeRate): number {
  if (!Number.isSafeInteger(priceCents) || priceCents < 0)
    throw new RangeError('price must be whole cents >= 0');
  const product = priceCents * rate.percentBasisPoints;
  return Math.floor((product + 5_000) / 10_000) + rate.fixedCents;
}

/** What the seller keeps of a price after the platform fee (before shipping and cost). */
export function estimateNetCents(priceCents: number, rate: FeeRate): number {
  return priceCents - estimateFeesCents(priceCents, rate);
}

export const FeePreset = FeeRate.extend({
  platform: Platform,
  label: z.string(),
  /** true when the user changed this platform's fee; false when it is the default. */
  custom: z.boolean(),
  default: FeeRate.extend({ source: z.string(), asOf: z.string() }),
});
export type FeePreset = z.infer<typeof FeePreset>;
export const FeePresetList = z.object({ items: z.array(FeePreset) });
export type FeePresetList = z.infer<typeof FeePresetList>;
export const FeePresetParams = z.object({ platform: Platform });
