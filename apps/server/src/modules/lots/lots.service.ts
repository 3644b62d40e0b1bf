import { allocateCents, type Lot, type LotCreate, type LotWithParts } from '@partwise/shared';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { acting, type Caller } from '../../core/caller';
import { notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { part, purchaseLot } from '../../db/schema';
import { recordAudit } from '../audit/audit';
import { toPart } from '../parts/parts.mapper';
import { prepareNew } from '../parts/parts.values';

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
});

export function createLotsService({ db, clock }: ServiceDeps) {
  return {
    /** The lot and all its parts in one transaction; the parts' costs sum to the lot's total to the cent. */
    async create(caller: Caller, input: LotInput): Promise<LotWithParts> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      const costs = allocateCents(
        input.totalCostCents,
        input.parts.map((p) => p.weight),
      );
      return db.transaction(async (tx) => {
        const [lot] = await tx
          .insert(purchaseLot)
          .values({
            ownerId,
            name: input.name,
            totalCostCents: input.totalCostCents,
            acquiredAt: input.acquiredAt,
            source: input.source ?? null,
            notes: input.notes ?? null,
          })
          .returning();
        if (!lot) throw new Error('lot insert returned no row');
        const rows = [];
        for (const [index, { weight: _weight, ...fields }] of input.parts.entries()) {
          const values = await prepareNew(tx, who, {
            ...fields,
            costCents: costs[index] ?? 0,
            acquiredAt: input.acquiredAt,
            source: input.source ?? null,
          });
          rows.push({ ...values, lotId: lot.id });
        }
        const parts = await tx.insert(part).values(rows).returning();
        parts.sort((a, b) => a.id - b.id);
        await recordAudit(tx, who, [
          { entity: 'lot', entityId: lot.id, action: 'create' },
          ...parts.map((p) => ({
            entity: 'part',
            entityId: p.id,
            action: 'create',
            changes: { lotId: { from: null, to: lot.id } },
          })),
        ]);
        return { ...toLot(lot, parts.length), parts: parts.map(toPart) };
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

    async get(caller: Caller, id: number): Promise<LotWithParts> {
      const { ownerId } = caller;
      const [lot] = await db
        .select()
        .from(purchaseLot)
        .where(and(eq(purchaseLot.id, id), eq(purchaseLot.ownerId, ownerId)));
      if (!lot) throw notFound('Lot');
      const parts = await db
        .select()
        .from(part)
        .where(and(eq(part.lotId, id), eq(part.ownerId, ownerId)))
        .orderBy(asc(part.id));
      return { ...toLot(lot, parts.length), parts: parts.map(toPart) };
    },
  };
}

export type LotsService = ReturnType<typeof createLotsService>;
