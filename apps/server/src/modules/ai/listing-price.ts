import { type Delivery, type ListedThing, type Platform, suggestListingPrice } from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import type { Caller } from '../../core/caller';
import { notFound } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { part } from '../../db/schema';
import { dealPreferencesOf } from '../deals/deals.service';
import { feeRatesFor } from '../fees/fees.service';
import type { ThingRef } from '../listings/things';
import type { ValuationService } from '../valuation/valuation.service';

/**
 * The price the listing editor suggests for this thing on this platform, worked out on the server from the
 * same records (its valuation, the owner's target margin and fee for the platform and delivery) by the same
 * shared function; with what the fee leaves of it. Both null when there is nothing to value.
 */
export async function listingPriceFor(
  deps: { db: DbOrTx; valuation: ValuationService },
  caller: Caller,
  ref: ThingRef,
  platform: Platform,
  delivery: Delivery,
): Promise<{ suggestedPriceCents: number | null; estimatedNetCents: number | null }> {
  const { db } = deps;
  const [rates, { targetMarginPercent }, basis] = await Promise.all([
    feeRatesFor(db, caller.ownerId),
    dealPreferencesOf(db, caller.ownerId),
    basisOf(deps, caller, ref),
  ]);
  const price = suggestListingPrice({
    ...basis,
    delivery,
    rate: rates[platform][delivery],
    marginPercent: targetMarginPercent,
  });
  return { suggestedPriceCents: price?.priceCents ?? null, estimatedNetCents: price?.netCents ?? null };
}

async function basisOf(
  { db, valuation }: { db: DbOrTx; valuation: ValuationService },
  caller: Caller,
  ref: ThingRef,
): Promise<{ thing: ListedThing; valueCents: number | null; costCents: number }> {
  if (ref.partId !== undefined) {
    const [value, [row]] = await Promise.all([
      valuation.part(caller, ref.partId),
      db
        .select({ costCents: part.costCents, category: part.category })
        .from(part)
        .where(and(eq(part.id, ref.partId), eq(part.ownerId, caller.ownerId))),
    ]);
    if (!row) throw notFound('Part');
    return {
      thing: { kind: 'part', category: row.category },
      valueCents: value.valueCents,
      costCents: row.costCents,
    };
  }
  const value = await valuation.build(caller, ref.buildId);
  // A build without parts has nothing to value (the listing editor shows no price either).
  return {
    thing: { kind: 'build' },
    valueCents: value.parts.length > 0 ? value.valueCents : null,
    costCents: value.costCents,
  };
}
