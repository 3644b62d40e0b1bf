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

/** How the item reaches the buyer: picked up (cash, usually no platform fee) or shipped (the site's fee). */
export const DELIVERIES = ['local', 'shipped'] as const;
export const Delivery = z.enum(DELIVERIES);
export type Delivery = z.infer<typeof Delivery>;

export const DELIVERY_LABELS: Record<Delivery, string> = { local: 'Local pickup', shipped: 'Shipped' };

/** How sales on each platform usually go: a new listing or sale starts here unless the user says. */
export const DEFAULT_DELIVERY: Record<Platform, Delivery> = {
  ebay: 'shipped',
  facebook_marketplace: 'local',
  craigslist: 'local',
  offerup: 'local',
  reddit_hardwareswap: 'shipped',
  local: 'local',
  other: 'local',
};

/**
 * A selling fee: a percentage of the price (in basis points, 1% = 100) plus a fixed amount, and never less
 * than the minimum.
 */
export const FeeRate = z.object({
  percentBasisPoints: z
    .number({ error: 'must be a whole number of basis points' })
    .int('must be a whole number of basis points')
    .min(0, 'must be >= 0')
    .max(10_000, 'must be at most 10000 (100%)'),
  fixedCents: Cents,
  minimumCents: Cents,
});
export type FeeRate = z.infer<typeof FeeRate>;

/** A fee as a request body: these fields only; no minimum means none. */
export const FeeRateUpdate = z.strictObject({ ...FeeRate.shape, minimumCents: Cents.default(0) });
export type FeeRateUpdate = z.input<typeof FeeRateUpdate>;

export interface DefaultFee extends FeeRate {
  /** Where the number comes from, and what it leaves out. */
  source: string;
  /** When the source was read (YYYY-MM). Platforms change their fees: re-check and edit in settings. */
  asOf: string;
}

const noFee = (source: string): DefaultFee => ({
  percentBasisPoints: 0,
  fixedCents: 0,
  minimumCents: 0,
  source,
  asOf: '2025-01',
});

const EBAY: DefaultFee = {
  percentBasisPoints: 1360,
  fixedCents: 40,
  minimumCents: 0,
  source:
    'eBay final value fee, "most categories" (incl. computer components): 13.6% of the total up to $7,500 + $0.40 per order over $10; charged on local pickup orders too (ebay.com/help/selling/fees-credits-invoices/selling-fees)',
  asOf: '2025-01',
};

/**
 * US fees for used computer parts per platform and delivery, from each platform's published fee page as
 * read on `asOf` (see docs/decisions/010-fees-by-delivery.md). Local pickup paid in person costs nothing
 * on Facebook Marketplace, Craigslist, OfferUp and r/hardwareswap; eBay charges its fee either way.
 */
export const DEFAULT_FEES: Record<Platform, Record<Delivery, DefaultFee>> = {
  ebay: { local: EBAY, shipped: EBAY },
  facebook_marketplace: {
    local: noFee(
      'Facebook Marketplace charges nothing for local pickup paid in person (facebook.com/help/marketplace)',
    ),
    shipped: {
      percentBasisPoints: 1000,
      fixedCents: 0,
      minimumCents: 80,
      source:
        'Facebook Marketplace selling fee on shipped orders: 10% of the order, or $0.80 on orders of $8.00 or less (facebook.com/help/marketplace, "selling fees")',
      asOf: '2025-01',
    },
  },
  craigslist: {
    local: noFee('Craigslist takes no fee on a sale; the sale happens between buyer and seller'),
    shipped: noFee('Craigslist takes no fee on a sale, shipped or not; the shipping is yours to pay'),
  },
  offerup: {
    local: noFee('OfferUp charges nothing for local pickup paid in person (help.offerup.com)'),
    shipped: {
      percentBasisPoints: 1290,
      fixedCents: 0,
      minimumCents: 199,
      source:
        'OfferUp service fee on shipped items: 12.9%, minimum $1.99 (help.offerup.com, "fees for sellers")',
      asOf: '2025-01',
    },
  },
  reddit_hardwareswap: {
    local: noFee('r/hardwareswap takes nothing; a local deal paid in cash pays no payment fee'),
    shipped: {
      percentBasisPoints: 349,
      fixedCents: 49,
      minimumCents: 0,
      source:
        'r/hardwareswap takes nothing; a shipped deal is paid by PayPal Goods & Services: 3.49% + $0.49 (paypal.com/us/business/paypal-business-fees)',
      asOf: '2025-01',
    },
  },
  local: { local: noFee('Cash in person: no fee'), shipped: noFee('A direct sale: no platform fee') },
  other: { local: noFee('No default: set your own'), shipped: noFee('No default: set your own') },
};

/** The rate of a default, without its source. */
export const rateOf = ({ percentBasisPoints, fixedCents, minimumCents }: FeeRate): FeeRate => ({
  percentBasisPoints,
  fixedCents,
  minimumCents,
});

/**
 * The fee on a price: price × basis points / 10,000, rounded half up to the cent, plus the fixed amount, and
 * at least the minimum. Integer arithmetic only (price ≤ MAX_CENTS and bp ≤ 10,000 keep the product below 2^53).
 */
export function estimateFeesCents(priceCents: number, rate: FeeRate): number {
  if (!Number.isSafeInteger(priceCents) || priceCents < 0)
    throw new RangeError('price must be whole cents >= 0');
  const product = priceCents * rate.percentBasisPoints;
  const fee = Math.floor((product + 5_000) / 10_000) + rate.fixedCents;
  return Math.max(fee, rate.minimumCents);
}

/** What the seller keeps of a price after the platform fee (before shipping and cost). */
export function estimateNetCents(priceCents: number, rate: FeeRate): number {
  return priceCents - estimateFeesCents(priceCents, rate);
}

export const FeePreset = FeeRate.extend({
  platform: Platform,
  delivery: Delivery,
  label: z.string(),
  /** true when the user changed this fee; false when it is the default. */
  custom: z.boolean(),
  default: FeeRate.extend({ source: z.string(), asOf: z.string() }),
});
export type FeePreset = z.infer<typeof FeePreset>;
export const FeePresetList = z.object({ items: z.array(FeePreset) });
export type FeePresetList = z.infer<typeof FeePresetList>;
export const FeePresetParams = z.object({ platform: Platform, delivery: Delivery });
