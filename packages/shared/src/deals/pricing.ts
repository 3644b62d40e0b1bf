import { estimateFeesCents, type FeeRate } from '../sales/fees';

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
