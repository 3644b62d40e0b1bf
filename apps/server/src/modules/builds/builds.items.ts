import {
  type Build,
  buildAction,
  type PlannedItemCreate,
  type PlannedItemUpdate,
  partAction,
} from '@partwise/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { type Acting, acting, type Caller } from '../../core/caller';
import type { Clock } from '../../core/clock';
import { notFound, permitted } from '../../core/errors';
import type { Db, DbOrTx } from '../../db/client';
import { build, buildPart, buildPlannedItem, part } from '../../db/schema';
import { recomputeDays } from '../analytics/aggregates';
import { recordAudit } from '../audit/audit';
import type { PartRow } from '../parts/parts.mapper';
import { catalogEntryFor, validSpecs } from '../parts/parts.values';
import type { BuildRow } from './builds.mapper';

/** A change of a build's parts: the build, and the acquired days of the parts that moved. */
export interface Moved {
  row: BuildRow;
  days: string[];
}

type PlannedInput = z.output<typeof PlannedItemCreate>;

interface Deps {
  db: Db;
  clock: Clock;
  findOwned(tx: DbOrTx, ownerId: string, id: number, lock?: boolean): Promise<BuildRow>;
  detail(tx: DbOrTx, ownerId: string, row: BuildRow): Promise<Build>;
}

/** Putting parts into builds and taking them out; statuses move with them, in one transaction each. */
export function createBuildItems({ db, clock, findOwned, detail }: Deps) {
  /** The build, locked, if its parts may change now. */
  async function openBuild(tx: DbOrTx, ownerId: string, buildId: number): Promise<BuildRow> {
    const row = await findOwned(tx, ownerId, buildId, true);
    permitted(buildAction(row, 'change_parts'));
    return row;
  }

  const touch = (tx: DbOrTx, who: Acting, buildId: number) =>
    tx.update(build).set({ updatedAt: who.now }).where(eq(build.id, buildId));

  /**
   * Takes the parts out of the build; each goes where the status rules send it (back to stock). Answers their
   * acquired days, for the caller's recomputeDays (stock by status).
   */
  async function releaseParts(tx: DbOrTx, who: Acting, buildId: number, parts: PartRow[]): Promise<string[]> {
    if (parts.length === 0) return [];
    const moves = parts.map((p) => ({ p, to: permitted(partAction(p, 'take_out_of_build')) }));
    const ids = parts.map((p) => p.id);
    await tx.delete(buildPart).where(and(eq(buildPart.buildId, buildId), inArray(buildPart.partId, ids)));
    for (const to of new Set(moves.map((m) => m.to))) {
      const moving = moves.filter((m) => m.to === to).map((m) => m.p.id);
      await tx
        .update(part)
        .set({ status: to, updatedAt: who.now })
        .where(and(eq(part.ownerId, who.ownerId), inArray(part.id, moving)));
    }
    await recordAudit(
      tx,
      who,
      moves.map(({ p, to }) => ({
        entity: 'part',
        entityId: p.id,
        action: 'status',
        changes: { status: { from: p.status, to }, buildId: { from: buildId, to: null } },
      })),
    );
    return parts.map((p) => p.acquiredAt);
  }

  /**
   * addPart inside the caller's transaction (an accepted suggestion adds a part as the route does). Answers the
   * build and the part's acquired day, for the caller's recomputeDays.
   */
  async function addPartIn(tx: DbOrTx, who: Acting, buildId: number, partId: number): Promise<Moved> {
    const { ownerId } = who;
    const row = await openBuild(tx, ownerId, buildId);
    const [existing] = await tx
      .select({ name: part.name, status: part.status, acquiredAt: part.acquiredAt })
      .from(part)
      .where(and(eq(part.id, partId), eq(part.ownerId, ownerId)))
      .for('update');
    if (!existing) throw notFound('Part');
    const to = permitted(partAction(existing, 'add_to_build'));
    await tx.update(part).set({ status: to, updatedAt: who.now }).where(eq(part.id, partId));
    await tx.insert(buildPart).values({ buildId, partId, ownerId });
    await touch(tx, who, buildId);
    await recordAudit(tx, who, [
      {
        entity: 'part',
        entityId: partId,
        action: 'status',
        changes: { status: { from: existing.status, to }, buildId: { from: null, to: buildId } },
      },
    ]);
    return { row, days: [existing.acquiredAt] };
  }

  /** removePart inside the caller's transaction: the part goes back to stock (as addPartIn answers). */
  async function removePartIn(tx: DbOrTx, who: Acting, buildId: number, partId: number): Promise<Moved> {
    const { ownerId } = who;
    const row = await openBuild(tx, ownerId, buildId);
    const [link] = await tx
      .select({ part })
      .from(buildPart)
      .innerJoin(part, eq(part.id, buildPart.partId))
      .where(
        and(eq(buildPart.buildId, buildId), eq(buildPart.partId, partId), eq(buildPart.ownerId, ownerId)),
      );
    if (!link) throw notFound('Part in this build');
    const days = await releaseParts(tx, who, buildId, [link.part]);
    await touch(tx, who, buildId);
    return { row, days };
  }

  /** A change of the build's parts, then its parts' acquired days recomputed, then the build as it is. */
  const changed = async (tx: DbOrTx, who: Acting, { row, days }: Moved) => {
    await recomputeDays(tx, who.ownerId, days);
    return detail(tx, who.ownerId, row);
  };

  return {
    releaseParts,

    /**
     * The part must be in stock. Its row lock orders two racing requests for one part: the second waits,
     * then finds it no longer in stock (and the unique build_part.part_id backs this up).
     */
    async addPart(caller: Caller, buildId: number, partId: number): Promise<Build> {
      const who = acting(caller, clock);
      return db.transaction(async (tx) => changed(tx, who, await addPartIn(tx, who, buildId, partId)));
    },

    async removePart(caller: Caller, buildId: number, partId: number): Promise<Build> {
      const who = acting(caller, clock);
      return db.transaction(async (tx) => changed(tx, who, await removePartIn(tx, who, buildId, partId)));
    },

    addPartIn,
    removePartIn,

    /** Dissolves the build: every part goes back to stock; planned purchases stay on the (now empty) build. */
    async partOut(caller: Caller, buildId: number): Promise<Build> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        const row = await findOwned(tx, ownerId, buildId, true);
        const to = permitted(buildAction(row, 'part_out'));
        const parts = await tx
          .select({ part })
          .from(buildPart)
          .innerJoin(part, eq(part.id, buildPart.partId))
          .where(and(eq(buildPart.buildId, buildId), eq(buildPart.ownerId, ownerId)));
        const days = await releaseParts(
          tx,
          who,
          buildId,
          parts.map((p) => p.part),
        );
        const [updated] = await tx
          .update(build)
          .set({ status: to, updatedAt: who.now })
          .where(eq(build.id, buildId))
          .returning();
        await recordAudit(tx, who, [{ entity: 'build', entityId: buildId, action: 'part_out' }]);
        return changed(tx, who, { row: updated ?? row, days });
      });
    },

    async addPlanned(caller: Caller, buildId: number, input: PlannedInput): Promise<Build> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        const row = await openBuild(tx, ownerId, buildId);
        let name = input.name;
        let specs: Record<string, unknown> = input.specs ?? {};
        if (input.catalogPartId) {
          const entry = await catalogEntryFor(tx, input.catalogPartId, input.category);
          name ??= entry.name;
          specs = { ...entry.specs, ...specs };
        }
        const validated = validSpecs(input.category, specs);
        await tx.insert(buildPlannedItem).values({
          buildId,
          ownerId,
          category: input.category,
          name: name ?? input.category,
          catalogPartId: input.catalogPartId ?? null,
          specs: validated,
          expectedCostCents: input.expectedCostCents,
        });
        await touch(tx, who, buildId);
        return detail(tx, ownerId, row);
      });
    },

    /** Corrects a planned purchase's specs (merged into its own; the catalog's copy is never touched). */
    async updatePlanned(caller: Caller, buildId: number, itemId: number, input: PlannedItemUpdate) {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        const row = await openBuild(tx, ownerId, buildId);
        const where = and(
          eq(buildPlannedItem.id, itemId),
          eq(buildPlannedItem.buildId, buildId),
          eq(buildPlannedItem.ownerId, ownerId),
        );
        const [item] = await tx.select().from(buildPlannedItem).where(where);
        if (!item) throw notFound('Planned item');
        const specs = validSpecs(item.category, { ...item.specs, ...input.specs });
        await tx.update(buildPlannedItem).set({ specs }).where(where);
        await touch(tx, who, buildId);
        return detail(tx, ownerId, row);
      });
    },

    async removePlanned(caller: Caller, buildId: number, itemId: number): Promise<Build> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        const row = await openBuild(tx, ownerId, buildId);
        const deleted = await tx
          .delete(buildPlannedItem)
          .where(
            and(
              eq(buildPlannedItem.id, itemId),
              eq(buildPlannedItem.buildId, buildId),
              eq(buildPlannedItem.ownerId, ownerId),
            ),
          )
          .returning({ id: buildPlannedItem.id });
        if (deleted.length === 0) throw notFound('Planned item');
        await touch(tx, who, buildId);
        return detail(tx, ownerId, row);
      });
    },
  };
}
