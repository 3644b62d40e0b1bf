import { type Pnl, type PnlQuery, saleProfitCents } from '@partwise/shared';
import { and, eq, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Caller } from '../../core/caller';
import type { ServiceDeps } from '../../core/service-deps';
import { expense, sale, saleRefund } from '../../db/schema';
import { sumCents } from '../../db/sums';

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
 * expenses on their date. A voided sale and its refunds count nowhere. Over a range that holds a sale and its refunds, the sale's profitCents adds up exactly.
 */
export function createPnlService({ db }: ServiceDeps) {
  return {
    async get(caller: Caller, q: PnlQuery): Promise<Pnl> {
      const { ownerId } = caller;
      const [[sales], [refunds], [expenses]] = await Promise.all([
        db
          .select({
            count: sql<number>`count(*)::int`,
            revenue: sumCents(sale.priceCents),
            fees: sumCents(sale.feesCents),
            shipping: sumCents(sale.shippingCents),
            cogs: sumCents(sale.cogsCents),
          })
          .from(sale)
          .where(and(inRange(sale.ownerId, ownerId, sale.soldAt, q), isNull(sale.voidedAt))),
        db
          .select({
            amount: sumCents(saleRefund.amountCents),
            cogsReturned: sumCents(saleRefund.cogsReturnedCents),
          })
          .from(saleRefund)
          .innerJoin(sale, eq(sale.id, saleRefund.saleId))
          .where(and(inRange(saleRefund.ownerId, ownerId, saleRefund.refundedAt, q), isNull(sale.voidedAt))),
        db
          .select({ amount: sumCents(expense.amountCents) })
          .from(expense)
          .where(inRange(expense.ownerId, ownerId, expense.spentAt, q)),
      ]);
      // Aggregates without GROUP BY always answer one row.
      if (!sales || !refunds || !expenses) throw new Error('P&L sums returned no row');
      const p = {
        revenueCents: sales.revenue,
        feesCents: sales.fees,
        shippingCents: sales.shipping,
        cogsCents: sales.cogs,
        cogsReturnedCents: refunds.cogsReturned,
        refundsCents: refunds.amount,
        expensesCents: expenses.amount,
      };
      const grossProfitCents = saleProfitCents({
        ...p,
        priceCents: p.revenueCents,
        refundedCents: p.refundsCents,
      });
      return {
        from: q.from ?? null,
        to: q.to ?? null,
        salesCount: sales.count,
        ...p,
        grossProfitCents,
        netProfitCents: grossProfitCents - p.expensesCents,
      };
    },
  };
}

export type PnlService = ReturnType<typeof createPnlService>;
