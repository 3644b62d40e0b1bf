import { Cents, type ChatSuggestionChange, formatCents } from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Acting } from '../../../core/caller';
import type { DbOrTx } from '../../../db/client';
import { listing } from '../../../db/schema';
import type { ListingsService } from '../../listings/listings.service';
import { asConflict, Refused, type SuggestionRow } from './locked';

type RepriceChange = Extract<ChatSuggestionChange, { kind: 'reprice_listing' }>;

/** The arguments of `propose_reprice_listing`, as the model gives them. */
export const ProposeRepriceArgs = z.object({
  listingId: z
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1)
    .describe("The listing's id"),
  priceCents: Cents.describe('The new asking price, in cents'),
});
type Args = z.output<typeof ProposeRepriceArgs>;

const dollars = (cents: number) => formatCents(cents, 'USD', 'en-US');

/**
 * The new price of an active listing of the caller's, or why not (Refused). Accepting (`known`: the proposal)
 * also asks that the price is still the one the proposal was made on: a price the user changed since wins.
 */
async function examine(tx: DbOrTx, ownerId: string, args: Args, known?: RepriceChange) {
  const query = tx
    .select()
    .from(listing)
    .where(and(eq(listing.id, args.listingId), eq(listing.ownerId, ownerId)));
  const [row] = known ? await query.for('update') : await query;
  if (!row)
    throw new Refused(
      known
        ? `The listing “${known.title}” no longer exists.`
        : `Listing #${args.listingId} is not one of yours.`,
    );
  if (row.status !== 'active')
    throw new Refused(
      `“${row.title}” is ${known ? 'no longer active' : 'not active'} (${row.status}): only an active listing is repriced here.`,
    );
  if (known && row.priceCents !== known.fromCents)
    throw new Refused(
      `The price of “${row.title}” changed since the suggestion (${dollars(known.fromCents)} → ${dollars(row.priceCents)}); ask again.`,
    );
  if (!known && row.priceCents === args.priceCents)
    throw new Refused(`“${row.title}” is already priced at ${dollars(row.priceCents)}.`);
  const change: RepriceChange = {
    kind: 'reprice_listing',
    listingId: row.id,
    title: row.title,
    fromCents: row.priceCents,
    toCents: args.priceCents,
  };
  return { change, proposedOn: { listingStatus: row.status, priceCents: row.priceCents } };
}

export const proposeReprice = (tx: DbOrTx, ownerId: string, args: Args) => examine(tx, ownerId, args);

/** Accepts: re-checks with the listing locked (409 with the reason), then edits it as its own route does. */
export async function acceptReprice(
  tx: DbOrTx,
  who: Acting,
  row: SuggestionRow,
  listings: Pick<ListingsService, 'updateIn'>,
): Promise<{ listingId: number }> {
  const known = (row.proposal as { change: RepriceChange }).change;
  await examine(tx, who.ownerId, { listingId: known.listingId, priceCents: known.toCents }, known).catch(
    asConflict,
  );
  await listings.updateIn(tx, who, known.listingId, { priceCents: known.toCents });
  return { listingId: known.listingId };
}
