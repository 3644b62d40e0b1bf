import type { SuggestionAccepted, SuggestionKind, SuggestionStatus } from '@partwise/shared';
import { eq } from 'drizzle-orm';
import { type Acting, acting, type Caller } from '../../../core/caller';
import { AppError } from '../../../core/errors';
import type { ServiceDeps } from '../../../core/service-deps';
import type { DbOrTx } from '../../../db/client';
import { aiSuggestion } from '../../../db/schema';
import type { BuildsService } from '../../builds/builds.service';
import type { ListingsService } from '../../listings/listings.service';
import { acceptBuild } from '../build-suggestions/suggestions.accept';
import { acceptAddPart } from './add-part';
import { conflict, isPastTtl, lockedSuggestion, SUGGESTION_TTL_DAYS, type SuggestionRow } from './locked';
import { acceptReprice } from './reprice-listing';

export interface SuggestionDecisionsDeps extends ServiceDeps {
  /** The services whose own rules apply an accepted change (the same instances as the routes'). */
  builds: Pick<BuildsService, 'addPartIn' | 'removePartIn'>;
  listings: Pick<ListingsService, 'updateIn'>;
}

type Accept = (tx: DbOrTx, who: Acting, row: SuggestionRow, rank: number) => Promise<SuggestionAccepted>;

/** A chat suggestion is one change: only its "option 1" exists. */
const single =
  (accept: (tx: DbOrTx, who: Acting, row: SuggestionRow) => Promise<SuggestionAccepted>): Accept =>
  (tx, who, row, rank) => {
    if (rank !== 1) throw conflict(`This suggestion has one change; there is no option ${rank}.`);
    return accept(tx, who, row);
  };

/**
 * Accepting and rejecting any suggestion, one transaction each, the suggestion row locked first: accepting
 * re-checks the proposal against the data as it is now (409 with the reason, nothing changed) and applies it
 * through the services' own rules, by kind.
 */
export function createSuggestionDecisions({ db, clock, builds, listings }: SuggestionDecisionsDeps) {
  const decided = (status: SuggestionStatus) =>
    conflict(`This suggestion was already ${status}; ask for a new one.`);

  const ACCEPT: Record<SuggestionKind, Accept> = {
    build: acceptBuild,
    add_part_to_build: single((tx, who, row) => acceptAddPart(tx, who, row, builds)),
    reprice_listing: single((tx, who, row) => acceptReprice(tx, who, row, listings)),
  };

  return {
    async accept(caller: Caller, id: number, rank = 1): Promise<SuggestionAccepted> {
      // What an accepted suggestion changes is recorded as the owner's, made through the assistant.
      const who = acting({ ...caller, via: 'assistant' }, clock);
      const outcome = await db.transaction(async (tx) => {
        const row = await lockedSuggestion(tx, who.ownerId, id);
        if (row.status !== 'pending') throw decided(row.status);
        if (isPastTtl(row, who.now)) {
          await tx
            .update(aiSuggestion)
            .set({ status: 'expired', decidedAt: who.now })
            .where(eq(aiSuggestion.id, id));
          return { expired: true as const };
        }
        const accept = ACCEPT[row.kind as SuggestionKind];
        if (!accept) throw new AppError('INTERNAL', `A suggestion of kind “${row.kind}” cannot be accepted`);
        const result = await accept(tx, who, row, rank);
        await tx
          .update(aiSuggestion)
          .set({ status: 'accepted', decidedAt: who.now })
          .where(eq(aiSuggestion.id, id));
        return { result };
      });
      if ('expired' in outcome)
        throw conflict(
          `This suggestion is older than ${SUGGESTION_TTL_DAYS} days and has expired; ask for a new one.`,
        );
      return outcome.result;
    },

    async reject(caller: Caller, id: number): Promise<{ id: number; status: SuggestionStatus }> {
      const who = acting(caller, clock);
      return db.transaction(async (tx) => {
        const row = await lockedSuggestion(tx, who.ownerId, id);
        if (row.status !== 'pending') throw decided(row.status);
        await tx
          .update(aiSuggestion)
          .set({ status: 'rejected', decidedAt: who.now })
          .where(eq(aiSuggestion.id, id));
        return { id, status: 'rejected' as const };
      });
    },
  };
}

export type SuggestionDecisions = ReturnType<typeof createSuggestionDecisions>;
