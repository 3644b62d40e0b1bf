import {
  type Build,
  type BuildCompatibility,
  type BuildCreate,
  type BuildStatus,
  type BuildSummary,
  type BuildUpdate,
  buildAction,
  buildStatusEdit,
  type HistoryEntry,
} from '@partwise/shared';
import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import { notFound, permitted } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/like';
import { build } from '../../db/schema';
import { recomputeDays } from '../analytics/aggregates';
import { diff, historyOf, recordAudit } from '../audit/audit';
import { toPart } from '../parts/parts.mapper';
import { soldBuilds } from '../sales/sold';
import { compatibilityOf } from './builds.compat';
import { buildContents } from './builds.contents';
import { createBuildItems } from './builds.items';
import { type BuildRow, buildRollUp, overrideOf, toPlanned } from './builds.mapper';
import { clearForSale } from './builds.sell-gate';

const compatibilitySummary = (report: BuildCompatibility) => ({
  compatibility: report.status,
  compatibilityComplete: report.complete,
});

export function createBuildsService({ db, clock }: ServiceDeps) {
  async function findOwned(tx: DbOrTx, ownerId: string, id: number, lock = false): Promise<BuildRow> {
    const query = tx
      .select()
      .from(build)
      .where(and(eq(build.id, id), eq(build.ownerId, ownerId)));
    const [row] = lock ? await query.for('update') : await query;
    if (!row) throw notFound('Build');
    return row;
  }

  async function detail(tx: DbOrTx, ownerId: string, row: BuildRow): Promise<Build> {
    const { parts, planned } = await buildContents(tx, ownerId, [row.id]);
    const ownedParts = parts.get(row.id) ?? [];
    const plannedItems = planned.get(row.id) ?? [];
    const sold = row.status === 'sold' ? await soldBuilds(tx, ownerId, [row.id]) : new Map();
    return {
      ...buildRollUp(row, ownedParts, plannedItems),
      sale: sold.get(row.id) ?? null,
      parts: ownedParts.map(toPart),
      planned: plannedItems.map(toPlanned),
      compatibility: compatibilityOf(ownedParts, plannedItems),
      override: overrideOf(row),
    };
  }

  const items = createBuildItems({ db, clock, findOwned, detail });

  return {
    ...items,

    async list(caller: Caller, q: { page: number; pageSize: number; status?: BuildStatus; q?: string }) {
      const { ownerId } = caller;
      const conditions: (SQL | undefined)[] = [eq(build.ownerId, ownerId)];
      if (q.status) conditions.push(eq(build.status, q.status));
      if (q.q) conditions.push(ilike(build.name, containsPattern(q.q)));
      const where = and(...conditions);
      const [rows, [totalRow]] = await Promise.all([
        db
          .select()
          .from(build)
          .where(where)
          .orderBy(desc(build.updatedAt), desc(build.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: count() }).from(build).where(where),
      ]);
      const [{ parts, planned }, sold] = await Promise.all([
        buildContents(
          db,
          ownerId,
          rows.map((r) => r.id),
        ),
        soldBuilds(
          db,
          ownerId,
          rows.filter((r) => r.status === 'sold').map((r) => r.id),
        ),
      ]);
      const items: BuildSummary[] = rows.map((row) => {
        const ownedParts = parts.get(row.id) ?? [];
        const plannedItems = planned.get(row.id) ?? [];
        return {
          ...buildRollUp(row, ownedParts, plannedItems),
          sale: sold.get(row.id) ?? null,
          ...compatibilitySummary(compatibilityOf(ownedParts, plannedItems)),
        };
      });
      return { items, total: Number(totalRow?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },

    async get(caller: Caller, id: number): Promise<Build> {
      return detail(db, caller.ownerId, await findOwned(db, caller.ownerId, id));
    },

    async create(caller: Caller, input: BuildCreate): Promise<Build> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(build)
          .values({
            ownerId,
            name: input.name,
            notes: input.notes ?? null,
            targetPriceCents: input.targetPriceCents ?? null,
          })
          .returning();
        if (!row) throw new Error('build insert returned no row');
        await recordAudit(tx, who, [{ entity: 'build', entityId: row.id, action: 'create' }]);
        return detail(tx, ownerId, row);
      });
    },

    /** Setting it ready to sell asks what listing and selling ask: no problems, or the reason it goes anyway. */
    async update(caller: Caller, id: number, patch: BuildUpdate): Promise<Build> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      const { overrideReason, ...fields } = patch;
      return db.transaction(async (tx) => {
        const before = await findOwned(tx, ownerId, id, true);
        if (fields.status !== undefined)
          permitted(buildStatusEdit(before.name, before.status, fields.status));
        const readying = fields.status === 'ready' && before.status !== 'ready';
        if (readying || overrideReason !== undefined) await clearForSale(tx, who, id, overrideReason);
        const [row] = await tx
          .update(build)
          .set({ ...fields, updatedAt: who.now })
          .where(and(eq(build.id, id), eq(build.ownerId, ownerId)))
          .returning();
        if (!row) throw notFound('Build');
        const changes = diff(before, fields);
        if (Object.keys(changes).length > 0)
          await recordAudit(tx, who, [{ entity: 'build', entityId: id, action: 'update', changes }]);
        return detail(tx, ownerId, row);
      });
    },

    async history(caller: Caller, id: number): Promise<HistoryEntry[]> {
      await findOwned(db, caller.ownerId, id);
      return historyOf(db, caller.ownerId, 'build', id);
    },

    /** Only an empty build, or one still being planned (its parts go back to stock), can be deleted. */
    async remove(caller: Caller, id: number): Promise<void> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      await db.transaction(async (tx) => {
        const row = await findOwned(tx, ownerId, id, true);
        const { parts } = await buildContents(tx, ownerId, [id]);
        const owned = parts.get(id) ?? [];
        permitted(buildAction({ ...row, partCount: owned.length }, 'delete'));
        const days = await items.releaseParts(tx, who, id, owned);
        await tx.delete(build).where(and(eq(build.id, id), eq(build.ownerId, ownerId)));
        await recordAudit(tx, who, [{ entity: 'build', entityId: id, action: 'delete' }]);
        await recomputeDays(tx, ownerId, days);
      });
    },
  };
}

export type BuildsService = ReturnType<typeof createBuildsService>;
