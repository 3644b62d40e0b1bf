import {
  DEFAULT_DELIVERY,
  type Listing,
  type ListingActivate,
  type ListingCreate,
  type ListingList,
  type ListingQuery,
  type ListingUpdate,
  listingAction,
} from '@partwise/shared';
import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Acting, acting, type Caller } from '../../core/caller';
import { notFound, permitted } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/like';
import { build, listing, part } from '../../db/schema';
import { recomputeDays } from '../analytics/aggregates';
import { diff, recordAudit } from '../audit/audit';
import { feeRatesFor } from '../fees/fees.service';
import { draftText } from './listing-text';
import { activate, end } from './listings.lifecycle';
import { type ListingRow, toListing } from './listings.mapper';
import { lockThing, moveOf, refOf } from './things';

type CreateInput = z.output<typeof ListingCreate>;

const itemName = sql<string>`coalesce(${part.name}, ${build.name}, '')`;

export function createListingsService({ db, clock }: ServiceDeps) {
  async function findOwned(tx: DbOrTx, ownerId: string, id: number, lock = false): Promise<ListingRow> {
    const query = tx
      .select()
      .from(listing)
      .where(and(eq(listing.id, id), eq(listing.ownerId, ownerId)));
    const [row] = lock ? await query.for('update') : await query;
    if (!row) throw notFound('Listing');
    return row;
  }

  async function present(tx: DbOrTx, ownerId: string, id: number): Promise<Listing> {
    const [found] = await tx
      .select({ row: listing, itemName })
      .from(listing)
      .leftJoin(part, eq(part.id, listing.partId))
      .leftJoin(build, eq(build.id, listing.buildId))
      .where(and(eq(listing.id, id), eq(listing.ownerId, ownerId)));
    if (!found) throw notFound('Listing');
    return toListing(found.row, found.itemName, await feeRatesFor(tx, ownerId));
  }

  /**
   * Locks the listing, applies a status move, recomputes the acquired days of the parts it moved (stock by
   * status), and answers the listing as it is now.
   */
  function move(step: (tx: DbOrTx, who: Acting, row: ListingRow) => Promise<string[]>) {
    return (caller: Caller, id: number): Promise<Listing> => {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        // Lock the thing before the listing, as sales do, then read the listing as it is once the lock is ours.
        await lockThing(tx, ownerId, refOf(await findOwned(tx, ownerId, id)));
        const moved = await step(tx, who, await findOwned(tx, ownerId, id, true));
        await recomputeDays(tx, ownerId, moved);
        return present(tx, ownerId, id);
      });
    };
  }

  /** The edit inside the caller's transaction (an accepted suggestion reprices as the route does). */
  async function updateIn(tx: DbOrTx, who: Acting, id: number, patch: ListingUpdate): Promise<void> {
    const { ownerId } = who;
    const before = await findOwned(tx, ownerId, id, true);
    permitted(listingAction(before.status, 'edit'));
    const delta = diff(before, patch);
    if (Object.keys(delta).length === 0) return;
    await tx
      .update(listing)
      .set({ ...patch, updatedAt: who.now })
      .where(and(eq(listing.id, id), eq(listing.ownerId, ownerId)));
    await recordAudit(tx, who, [{ entity: 'listing', entityId: id, action: 'update', changes: delta }]);
  }

  return {
    async list(caller: Caller, q: ListingQuery): Promise<ListingList> {
      const { ownerId } = caller;
      const conditions: (SQL | undefined)[] = [eq(listing.ownerId, ownerId)];
      if (q.status?.length) conditions.push(inArray(listing.status, q.status));
      if (q.platform?.length) conditions.push(inArray(listing.platform, q.platform));
      if (q.partId) conditions.push(eq(listing.partId, q.partId));
      if (q.buildId) conditions.push(eq(listing.buildId, q.buildId));
      for (const word of q.q?.split(/\s+/).filter(Boolean) ?? []) {
        conditions.push(
          sql`concat_ws(' ', ${listing.title}, ${listing.description}, ${itemName}) ilike ${containsPattern(word)}`,
        );
      }
      const where = and(...conditions);
      const base = () =>
        db
          .select({ row: listing, itemName })
          .from(listing)
          .leftJoin(part, eq(part.id, listing.partId))
          .leftJoin(build, eq(build.id, listing.buildId));
      const [rows, [counted], rates] = await Promise.all([
        base()
          .where(where)
          .orderBy(desc(listing.createdAt), desc(listing.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db
          .select({ n: count() })
          .from(listing)
          .leftJoin(part, eq(part.id, listing.partId))
          .leftJoin(build, eq(build.id, listing.buildId))
          .where(where),
        feeRatesFor(db, ownerId),
      ]);
      return {
        items: rows.map((r) => toListing(r.row, r.itemName, rates)),
        total: Number(counted?.n ?? 0),
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    get: (caller: Caller, id: number) => present(db, caller.ownerId, id),

    async create(caller: Caller, input: CreateInput): Promise<Listing> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        const ref = input.partId !== undefined ? { partId: input.partId } : { buildId: input.buildId ?? 0 };
        moveOf(await lockThing(tx, ownerId, ref), 'draft_listing');
        const written =
          input.title === undefined || input.description === undefined
            ? await draftText(tx, ownerId, ref, input.platform)
            : null;
        const [row] = await tx
          .insert(listing)
          .values({
            ownerId,
            partId: input.partId ?? null,
            buildId: input.buildId ?? null,
            platform: input.platform,
            delivery: input.delivery ?? DEFAULT_DELIVERY[input.platform],
            title: input.title ?? written?.title ?? '',
            description: input.description ?? written?.description ?? '',
            priceCents: input.priceCents,
            url: input.url ?? null,
          })
          .returning();
        if (!row) throw new Error('listing insert returned no row');
        await recordAudit(tx, who, [{ entity: 'listing', entityId: row.id, action: 'create' }]);
        return present(tx, ownerId, row.id);
      });
    },

    async update(caller: Caller, id: number, patch: ListingUpdate): Promise<Listing> {
      const who = acting(caller, clock);
      return db.transaction(async (tx) => {
        await updateIn(tx, who, id, patch);
        return present(tx, who.ownerId, id);
      });
    },

    updateIn,

    activate: (caller: Caller, id: number, input: ListingActivate) =>
      move((tx, who, row) => activate(tx, who, row, input))(caller, id),
    end: move(end),

    /** Drafts and ended listings only: an active one is ended first, a sold one stays with its sale. */
    async remove(caller: Caller, id: number): Promise<void> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      await db.transaction(async (tx) => {
        const row = await findOwned(tx, ownerId, id, true);
        permitted(listingAction(row.status, 'delete'));
        await tx.delete(listing).where(and(eq(listing.id, id), eq(listing.ownerId, ownerId)));
        await recordAudit(tx, who, [{ entity: 'listing', entityId: id, action: 'delete' }]);
      });
    },
  };
}

export type ListingsService = ReturnType<typeof createListingsService>;
