import {
  allocateCents,
  cannotDelete,
  type Lot,
  type LotCreate,
  type LotDeleteQuery,
  type LotUpdate,
  type LotWithParts,
  partAction,
} from '@partwise/shared';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { acting, type Caller } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx, Tx } from '../../db/client';
import { part, purchaseLot } from '../../db/schema';
import { recomputeDays } from '../analytics/aggregates';
import { type AuditEntry, historyOf, recordAudit } from '../audit/audit';
import { type PartRow, toPart } from '../parts/parts.mapper';
import { pastUse } from '../parts/parts.service';
import { prepareNew } from '../parts/parts.values';
import { editLot } from './lot-edit';
import { lotReturns } from './lot-returns';

type LotInput = z.output<typeof LotCreate>;
type LotRow = typeof purchaseLot.$inferSelect;

const toLot = (row: LotRow, partCount: number): Lot => ({
  id: row.id,
  name: row.name,
  totalCostCents: row.totalCostCents,
  acquiredAt: row.acquiredAt,
  source: row.source,
  notes: row.notes,
  partCount,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const toLotPart = (row: PartRow) => ({ ...toPart(row), lotWeight: row.lotWeight ?? 1 });

export function createLotsService({ db, clock }: ServiceDeps) {
  async function findOwned(tx: DbOrTx, ownerId: string, id: number, lock = false): Promise<LotRow> {
    const query = tx
      .select()
      .from(purchaseLot)
      .where(and(eq(purchaseLot.id, id), eq(purchaseLot.ownerId, ownerId)));
    const [lot] = lock ? await query.for('update') : await query;
    if (!lot) throw notFound('Lot');
    return lot;
  }

  const partsOf = (tx: DbOrTx, ownerId: string, lotId: number) =>
    tx
      .select()
      .from(part)
      .where(and(eq(part.lotId, lotId), eq(part.ownerId, ownerId)))
      .orderBy(asc(part.id));

  /** The lot, its parts with their weights, and what they have brought back so far. */
  async function present(tx: DbOrTx, ownerId: string, id: number): Promise<LotWithParts> {
    const lot = await findOwned(tx, ownerId, id);
    const parts = await partsOf(tx, ownerId, id);
    return {
      ...toLot(lot, parts.length),
      parts: parts.map(toLotPart),
      returns: await lotReturns(tx, ownerId, lot.totalCostCents, parts),
    };
  }

  return {
    /**
     * The lot and all its parts in one transaction; the parts' costs sum to the lot's total to the cent.
     * `within`: a caller's transaction to run in (a deal bought into a lot claims the deal in the same one).
     */
    async create(caller: Caller, input: LotInput, within?: Tx): Promise<LotWithParts> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      const costs = allocateCents(
        input.totalCostCents,
        input.parts.map((p) => p.weight),
      );
      const inTransaction = <T>(work: (tx: Tx) => Promise<T>) =>
        within ? work(within) : db.transaction(work);
      return inTransaction(async (tx) => {
        const [lot] = await tx
          .insert(purchaseLot)
          .values({
            ownerId,
            name: input.name,
            totalCostCents: input.totalCostCents,
            acquiredAt: input.acquiredAt,
            source: input.source ?? null,
            notes: input.notes ?? null,
            createdAt: who.now,
            updatedAt: who.now,
          })
          .returning();
        if (!lot) throw new Error('lot insert returned no row');
        const rows = [];
        for (const [index, { weight, ...fields }] of input.parts.entries()) {
          const values = await prepareNew(tx, who, {
            ...fields,
            costCents: costs[index] ?? 0,
            acquiredAt: input.acquiredAt,
            source: input.source ?? null,
          });
          rows.push({ ...values, lotId: lot.id, lotWeight: weight });
        }
        const parts = await tx.insert(part).values(rows).returning();
        await recordAudit(tx, who, [
          { entity: 'lot', entityId: lot.id, action: 'create' },
          ...parts.map((p) => ({
            entity: 'part',
            entityId: p.id,
            action: 'create',
            changes: { lotId: { from: null, to: lot.id } },
          })),
        ]);
        await recomputeDays(tx, ownerId, [input.acquiredAt]);
        return present(tx, ownerId, lot.id);
      });
    },

    async list(caller: Caller, page: number, pageSize: number) {
      const { ownerId } = caller;
      const [rows, [totalRow]] = await Promise.all([
        db
          .select({
            lot: purchaseLot,
            partCount: sql<number>`(select count(*) from "part" where "part"."lot_id" = "purchase_lot"."id")::int`,
          })
          .from(purchaseLot)
          .where(eq(purchaseLot.ownerId, ownerId))
          .orderBy(desc(purchaseLot.acquiredAt), desc(purchaseLot.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(purchaseLot).where(eq(purchaseLot.ownerId, ownerId)),
      ]);
      return {
        items: rows.map((r) => toLot(r.lot, r.partCount)),
        total: Number(totalRow?.n ?? 0),
        page,
        pageSize,
      };
    },

    get: (caller: Caller, id: number) => present(db, caller.ownerId, id),

    /** One transaction: the lot, its parts' costs, dates and sources, and their history. */
    async update(caller: Caller, id: number, patch: z.output<typeof LotUpdate>): Promise<LotWithParts> {
      const who = acting(caller, clock);
      return db.transaction(async (tx) => {
        await editLot(tx, who, await findOwned(tx, who.ownerId, id, true), patch);
        return present(tx, who.ownerId, id);
      });
    },

    /**
     * Deletes a lot none of whose parts is sold. Its parts go with it (each must be deletable: never listed
     * or sold, not in a build), or stay as parts of no lot with the cost they have (`keep`).
     */
    async remove(caller: Caller, id: number, { parts: fate }: LotDeleteQuery): Promise<void> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      await db.transaction(async (tx) => {
        const lot = await findOwned(tx, ownerId, id, true);
        const parts = await partsOf(tx, ownerId, id).for('update');
        const sold = parts.find((p) => p.status === 'sold');
        if (sold)
          throw new AppError(
            'CONFLICT',
            `“${sold.name}” is sold, so this lot cannot be deleted: its sale counts on it`,
          );
        if (fate === 'delete') {
          for (const p of parts) {
            const verdict = partAction(p, 'delete');
            const usedIn = verdict.ok ? await pastUse(tx, p.id) : null;
            if (!verdict.ok || usedIn)
              throw new AppError(
                'CONFLICT',
                `${verdict.ok ? cannotDelete(p.name, usedIn ?? '') : verdict.refusal.message}. Delete the lot and keep its parts instead.`,
              );
          }
          await tx.delete(part).where(and(eq(part.lotId, id), eq(part.ownerId, ownerId)));
        } else {
          await tx
            .update(part)
            .set({ lotId: null, lotWeight: null, updatedAt: who.now })
            .where(and(eq(part.lotId, id), eq(part.ownerId, ownerId)));
        }
        await tx.delete(purchaseLot).where(and(eq(purchaseLot.id, id), eq(purchaseLot.ownerId, ownerId)));
        await recordAudit(tx, who, [
          {
            entity: 'lot',
            entityId: id,
            action: 'delete',
            changes: { name: { from: lot.name, to: null }, parts: { from: parts.length, to: fate } },
          },
          ...parts.map(
            (p): AuditEntry =>
              fate === 'delete'
                ? {
                    entity: 'part',
                    entityId: p.id,
                    action: 'delete',
                    changes: { name: { from: p.name, to: null } },
                  }
                : {
                    entity: 'part',
                    entityId: p.id,
                    action: 'lot_removed',
                    changes: { lotId: { from: id, to: null } },
                  },
          ),
        ]);
        if (fate === 'delete')
          await recomputeDays(
            tx,
            ownerId,
            parts.flatMap((p) => [p.acquiredAt, p.archivedAt]),
          );
      });
    },

    async history(caller: Caller, id: number) {
      await findOwned(db, caller.ownerId, id);
      return historyOf(db, caller.ownerId, 'lot', id);
    },
  };
}

export type LotsService = ReturnType<typeof createLotsService>;
