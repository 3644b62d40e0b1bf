import type { Category } from '../parts/enums';
import { type Delivery, estimateFeesCents, estimateNetCents, type FeeRate } from '../sales/fees';
import { SHIPPING_ESTIMATE_CENTS, WHOLE_PC_SHIPPING_CENTS } from './schema';

/**
 * The lowest price that leaves `marginPercent` of the price as profit after the platform's fee, shipping and
 * the cost: price − fee(price) − shipping − cost ≥ margin × price. Null when no price can (the fee and the
 * margin take all of it).
 */
export function priceForMargin(input: {
  costCents: number;
  shippingCents: number;
  rate: FeeRate;
  marginPercent: number;
}): number | null {
  const keep = 1 - input.rate.percentBasisPoints / 10_000 - input.marginPercent / 100;
  if (keep <= 0) return null;
  const base = input.costCents + input.shippingCents;
  let price = Math.max(0, Math.ceil((base + input.rate.fixedCents) / keep));
  const enough = (p: number) =>
    p - estimateFeesCents(p, input.rate) - base >= Math.ceil((p * input.marginPercent) / 100);
  // Rounding and a minimum fee can leave it a little short: step up to the first price that is enough.
  for (let step = 0; step < 10_000 && !enough(price); step++) price += Math.max(1, Math.ceil(price / 1000));
  return enough(price) ? price : null;
}

/** What is listed, for what shipping it costs: one part of a category, or a whole PC. */
export type ListedThing = { kind: 'part'; category: Category } | { kind: 'build' };

export interface ListingPrice {
  /** The price to ask: the estimated value, or more when the target margin needs more. */
  priceCents: number;
  /** The lowest price that leaves the target margin after the fee, shipping and cost; null when none can. */
  marginFloorCents: number | null;
  /** What the platform's fee leaves of the price (before shipping and cost), as the listing preview shows it. */
  netCents: number;
}

/**
 * The price the listing editor suggests for a platform, and what the assistant's draft suggests: the
 * estimated value, raised to the lowest price that keeps the user's target margin after the platform's fee,
 * shipping (none for local pickup) and the cost. Null when there is no value to base it on (a build without
 * parts).
 */
export function suggestListingPrice(input: {
  thing: ListedThing;
  valueCents: number | null;
  costCents: number;
  delivery: Delivery;
  rate: FeeRate;
  marginPercent: number;
}): ListingPrice | null {
  if (input.valueCents === null) return null;
  const shipping =
    input.thing.kind === 'build' ? WHOLE_PC_SHIPPING_CENTS : SHIPPING_ESTIMATE_CENTS[input.thing.category];
  const floor = priceForMargin({
    costCents: input.costCents,
    shippingCents: input.delivery === 'local' ? 0 : shipping,
    rate: input.rate,
    marginPercent: input.marginPercent,
  });
  const priceCents = Math.max(input.valueCents, floor ?? 0);
  return { priceCents, marginFloorCents: floor, netCents: estimateNetCents(priceCents, input.rate) };
}
