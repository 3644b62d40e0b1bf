import {
  DEFAULT_DELIVERY,
  type Delivery,
  estimateFeesCents,
  listingAction,
  OPEN_LISTING_STATUSES,
  type Platform,
  type SaleCreate,
  type SaleDetail,
  type SaleFilters,
  type SaleList,
  type SaleQuery,
  type SaleUpdate,
  saleProfitCents,
} from '@partwise/shared';
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Acting, acting, type Caller } from '../../core/caller';
import { AppError, notFound, permitted } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { containsPattern } from '../../db/like';
import { listing, part, sale, saleItem, saleRefund } from '../../db/schema';
import { sumCents } from '../../db/sums';
import { recomputeDays } from '../analytics/aggregates';
import { diff, historyOf, recordAudit } from '../audit/audit';
import { feeRatesFor } from '../fees/fees.service';
import { closeListingsOnSale, sameThing } from '../listings/listings.lifecycle';
import {
  clearThingForSale,
  lockThing,
  moveOf,
  refOf,
  setThingStatus,
  type ThingRef,
} from '../listings/things';
import { salesCsv } from './sales.csv';
import { checkSoldAt } from './sales.dates';
import { type SaleRow, toSale } from './sales.mapper';
import { refundSale } from './sales.refund';
import { voidSale } from './sales.void';

type CreateInput = z.output<typeof SaleCreate>;

function refuseVoided(row: SaleRow, what: string): void {
  if (row.voidedAt) throw new AppError('RULE_VIOLATION', `This sale was voided, so it cannot be ${what}`);
}

export function createSalesService({ db, clock }: ServiceDeps) {
  async function findOwned(tx: DbOrTx, ownerId: string, id: number, lock = false): Promise<SaleRow> {
    const query = tx
      .select()
      .from(sale)
      .where(and(eq(sale.id, id), eq(sale.ownerId, ownerId)));
    const [row] = lock ? await query.for('update') : await query;
    if (!row) throw notFound('Sale');
    return row;
  }

  async function detail(tx: DbOrTx, ownerId: string, id: number): Promise<SaleDetail> {
    const row = await findOwned(tx, ownerId, id);
    const [items, refunds] = await Promise.all([
      tx
        .select({
          partId: saleItem.partId,
          name: part.name,
          costCents: saleItem.costCents,
          restocked: saleItem.restocked,
        })
        .from(saleItem)
        .innerJoin(part, eq(part.id, saleItem.partId))
        .where(and(eq(saleItem.saleId, id), eq(saleItem.ownerId, ownerId)))
        .orderBy(asc(saleItem.partId)),
      tx
        .select()
        .from(saleRefund)
        .where(and(eq(saleRefund.saleId, id), eq(saleRefund.ownerId, ownerId)))
        .orderBy(asc(saleRefund.id)),
    ]);
    return {
      ...toSale(row),
      items,
      refunds: refunds.map((r) => ({
        id: r.id,
        refundedAt: r.refundedAt,
        amountCents: r.amountCents,
        restock: r.restock,
        cogsReturnedCents: r.cogsReturnedCents,
        note: r.note,
        createdAt: r.createdAt.toISOString(),
      })),
    };
  }

  /** One transaction: cost of goods fixed, the thing sold, its listings closed. A second sale answers 409. */
  async function record(tx: DbOrTx, who: Acting, input: CreateInput): Promise<number> {
    const { ownerId } = who;
    let sold: typeof listing.$inferSelect | undefined;
    let ref: ThingRef;
    if (input.listingId !== undefined) {
      const [found] = await tx
        .select()
        .from(listing)
        .where(and(eq(listing.id, input.listingId), eq(listing.ownerId, ownerId)));
      if (!found) throw notFound('Listing');
      ref = refOf(found);
    } else {
      ref = input.partId !== undefined ? { partId: input.partId } : { buildId: input.buildId ?? 0 };
    }
    const thing = await lockThing(tx, ownerId, ref);
    if (input.listingId !== undefined) {
      [sold] = await tx.select().from(listing).where(eq(listing.id, input.listingId)).for('update');
      if (sold) permitted(listingAction(sold.status, 'sell'));
    }
    const move = moveOf(thing, 'sell');
    await clearThingForSale(tx, who, thing, input.overrideReason);

    const platform: Platform = input.platform ?? sold?.platform ?? 'local';
    // The listing's delivery when it sold where it was listed; else how the platform's sales usually go.
    const delivery: Delivery =
      input.delivery ?? (sold && sold.platform === platform ? sold.delivery : DEFAULT_DELIVERY[platform]);
    const priceCents = input.priceCents ?? sold?.priceCents;
    if (priceCents === undefined)
      throw new AppError('VALIDATION_FAILED', 'Give the sale price', { priceCents: 'is required' });
    const feesCents =
      input.feesCents ?? estimateFeesCents(priceCents, (await feeRatesFor(tx, ownerId))[platform][delivery]);
    const cogsCents = thing.parts.reduce((sum, p) => sum + p.costCents, 0);
    const soldAt = input.soldAt ?? who.today;
    await checkSoldAt(
      tx,
      who,
      soldAt,
      thing.parts.map((p) => p.id),
    );
    // What a void puts back: the thing's status and its open listings as they are now.
    const openListings = await tx
      .select({
        id: listing.id,
        status: listing.status,
        restoreStatus: listing.restoreStatus,
        endedAt: listing.endedAt,
      })
      .from(listing)
      .where(
        and(eq(listing.ownerId, ownerId), sameThing(ref), inArray(listing.status, OPEN_LISTING_STATUSES)),
      );

    const [row] = await tx
      .insert(sale)
      .values({
        ownerId,
        listingId: sold?.id ?? null,
        partId: ref.partId ?? null,
        buildId: ref.buildId ?? null,
        itemName: thing.name,
        platform,
        delivery,
        soldAt,
        priceCents,
        feesCents,
        shippingCents: input.shippingCents,
        cogsCents,
        buyerNote: input.buyerNote ?? null,
        before: { status: thing.status, listings: openListings },
      })
      .returning({ id: sale.id });
    if (!row) throw new Error('sale insert returned no row');
    if (thing.parts.length > 0) {
      await tx
        .insert(saleItem)
        .values(thing.parts.map((p) => ({ saleId: row.id, partId: p.id, ownerId, costCents: p.costCents })));
    }
    await setThingStatus(tx, who, thing, move, { saleId: { from: null, to: row.id } });
    await closeListingsOnSale(tx, who, ref, sold ? { id: sold.id, status: sold.status } : null);
    await recordAudit(tx, who, [{ entity: 'sale', entityId: row.id, action: 'create' }]);
    await recomputeDays(tx, ownerId, [input.soldAt ?? who.today, ...thing.parts.map((p) => p.acquiredAt)]);
    return row.id;
  }

  /** The ledger's filter. Voided sales are left out of it (and of every total) unless asked for alone. */
  function where(ownerId: string, q: SaleFilters): SQL | undefined {
    const conditions: (SQL | undefined)[] = [
      eq(sale.ownerId, ownerId),
      q.voided === 'true' ? isNotNull(sale.voidedAt) : isNull(sale.voidedAt),
    ];
    if (q.from) conditions.push(gte(sale.soldAt, q.from));
    if (q.to) conditions.push(lte(sale.soldAt, q.to));
    if (q.platform) conditions.push(eq(sale.platform, q.platform));
    if (q.buildId) conditions.push(eq(sale.buildId, q.buildId));
    if (q.partId)
      conditions.push(
        sql`exists (select 1 from ${saleItem} where ${saleItem.saleId} = ${sale.id} and ${saleItem.partId} = ${q.partId})`,
      );
    for (const word of q.q?.split(/\s+/).filter(Boolean) ?? []) {
      conditions.push(
        sql`concat_ws(' ', ${sale.itemName}, ${sale.buyerNote}) ilike ${containsPattern(word)}`,
      );
    }
    return and(...conditions);
  }

  return {
    async list(caller: Caller, q: SaleQuery): Promise<SaleList> {
      const filter = where(caller.ownerId, q);
      const [rows, [totals]] = await Promise.all([
        db
          .select()
          .from(sale)
          .where(filter)
          .orderBy(desc(sale.soldAt), desc(sale.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db
          .select({
            count: sql<number>`count(*)::int`,
            priceCents: sumCents(sale.priceCents),
            feesCents: sumCents(sale.feesCents),
            shippingCents: sumCents(sale.shippingCents),
            cogsCents: sumCents(sale.cogsCents),
            refundedCents: sumCents(sale.refundedCents),
            cogsReturnedCents: sumCents(sale.cogsReturnedCents),
          })
          .from(sale)
          .where(filter),
      ]);
      // An aggregate without GROUP BY always answers one row.
      if (!totals) throw new Error('sales totals returned no row');
      return {
        items: rows.map(toSale),
        total: totals.count,
        page: q.page,
        pageSize: q.pageSize,
        totals: { ...totals, profitCents: saleProfitCents(totals) },
      };
    },

    get: (caller: Caller, id: number) => detail(db, caller.ownerId, id),

    async create(caller: Caller, input: CreateInput): Promise<SaleDetail> {
      const who = acting(caller, clock);
      try {
        return await db.transaction(async (tx) => detail(tx, who.ownerId, await record(tx, who, input)));
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'This was just sold by another request');
        throw err;
      }
    },

    async update(caller: Caller, id: number, patch: SaleUpdate): Promise<SaleDetail> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      return db.transaction(async (tx) => {
        const before = await findOwned(tx, ownerId, id, true);
        refuseVoided(before, 'corrected');
        if (patch.soldAt !== undefined && patch.soldAt !== before.soldAt) {
          const items = await tx
            .select({ partId: saleItem.partId })
            .from(saleItem)
            .where(and(eq(saleItem.saleId, id), eq(saleItem.ownerId, ownerId)));
          await checkSoldAt(
            tx,
            who,
            patch.soldAt,
            items.map((i) => i.partId),
          );
        }
        if (patch.priceCents !== undefined && patch.priceCents < before.refundedCents) {
          throw new AppError('RULE_VIOLATION', 'The price cannot be below what was already refunded', {
            priceCents: `must be at least ${before.refundedCents}`,
          });
        }
        const delta = diff(toSale(before), patch);
        if (Object.keys(delta).length > 0) {
          await tx
            .update(sale)
            .set({ ...patch, updatedAt: who.now })
            .where(and(eq(sale.id, id), eq(sale.ownerId, ownerId)));
          await recordAudit(tx, who, [{ entity: 'sale', entityId: id, action: 'update', changes: delta }]);
          await recomputeDays(tx, ownerId, [before.soldAt, patch.soldAt]);
        }
        return detail(tx, ownerId, id);
      });
    },

    async refund(caller: Caller, id: number, input: Parameters<typeof refundSale>[3]): Promise<SaleDetail> {
      const who = acting(caller, clock);
      return db.transaction(async (tx) => {
        const row = await findOwned(tx, who.ownerId, id, true);
        refuseVoided(row, 'refunded');
        await refundSale(tx, who, row, input);
        return detail(tx, who.ownerId, id);
      });
    },

    /** A sale recorded by mistake: out of every figure, its goods and listings back as they were. */
    async void(caller: Caller, id: number, reason: string): Promise<SaleDetail> {
      const who = acting(caller, clock);
      return db.transaction(async (tx) => {
        await voidSale(tx, who, await findOwned(tx, who.ownerId, id, true), reason);
        return detail(tx, who.ownerId, id);
      });
    },

    async history(caller: Caller, id: number) {
      await findOwned(db, caller.ownerId, id);
      return historyOf(db, caller.ownerId, 'sale', id);
    },

    exportFileName: (caller: Caller) => `sales-${acting(caller, clock).today}.csv`,

    exportCsv: (caller: Caller, filters: SaleFilters) =>
      salesCsv(db, caller.ownerId, where(caller.ownerId, filters)),
  };
}

export type SalesService = ReturnType<typeof createSalesService>;
