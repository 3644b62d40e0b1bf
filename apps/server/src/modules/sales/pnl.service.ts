import { type Pnl, type PnlQuery, saleProfitCents } from '@partwise/shared';
import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Caller } from '../../core/caller';
import type { ServiceDeps } from '../../core/service-deps';
import { cents, sum } from '../../db/aggregates';
import { expense, sale, saleRefund } from '../../db/schema';

const inRange = (
  ownerColumn: PgColumn,
  ownerId: string,
  dateColumn: PgColumn,
  q: PnlQuery,
): SQL | undefined =>
  and(
    eq(ownerColumn, ownerId),
    q.from ? gte(dateColumn, q.from) : undefined,
    q.to ? lte(dateColumn, q.to) : undefined,
  );

/**
 * Sales count on their sale date; refunds, and the cost of goods a restock brings back, on their refund date;
 * expenses on their date. Over a range that holds a sale and its refunds, the sale's profitCents adds up exactly.
 */
export function createPnlService({ db }: ServiceDeps) {
  return {
    async get(caller: Caller, q: PnlQuery): Promise<Pnl> {
      const { ownerId } = caller;
      const [[sales], [refunds], [expenses]] = await Promise.all([
        db
          .select({
            count: sql<number>`count(*)::int`,
            revenue: sum(sale.priceCents),
            fees: sum(sale.feesCents),
            shipping: sum(sale.shippingCents),
            cogs: sum(sale.cogsCents),
          })
          .from(sale)
          .where(inRange(sale.ownerId, ownerId, sale.soldAt, q)),
        db
          .select({ amount: sum(saleRefund.amountCents), cogsReturned: sum(saleRefund.cogsReturnedCents) })
          .from(saleRefund)
          .where(inRange(saleRefund.ownerId, ownerId, saleRefund.refundedAt, q)),
        db
          .select({ amount: sum(expense.amountCents) })
          .from(expense)
          .where(inRange(expense.ownerId, ownerId, expense.spentAt, q)),
      ]);
      const p = {
        revenueCents: cents(sales?.revenue),
        feesCents: cents(sales?.fees),
        shippingCents: cents(sales?.shipping),
        cogsCents: cents(sales?.cogs),
        cogsReturnedCents: cents(refunds?.cogsReturned),
        refundsCents: cents(refunds?.amount),
        expensesCents: cents(expenses?.amount),
      };
      const grossProfitCents = saleProfitCents({
        ...p,
        priceCents: p.revenueCents,
        refundedCents: p.refundsCents,
      });
      return {
        from: q.from ?? null,
        to: q.to ?? null,
        salesCount: cents(sales?.count),
        ...p,
        grossProfitCents,
        netProfitCents: grossProfitCents - p.expensesCents,
      };
    },
  };
}

export type PnlService = ReturnType<typeof createPnlService>;
