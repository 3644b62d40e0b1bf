import {
  addDays,
  type CsvValue,
  centsToDecimal,
  EXPENSE_CATEGORIES,
  type ExpenseCategory,
  formatCsvRow,
  type TaxYearReport,
} from '@partwise/shared';
import { sql } from 'drizzle-orm';
import type { Caller } from '../../core/caller';
import type { ServiceDeps } from '../../core/service-deps';
import { queryRows } from '../../db/client';
import { exactInteger } from '../../db/sums';
import { dailySums } from '../analytics/analytics.figures';
import { guardFormula } from '../parts-csv/csv-values';
import { stockAt } from './stock-at';

export const TAX_CSV_HEADER = [
  'Sale',
  'Item',
  'Acquired',
  'Cost basis',
  'Sold',
  'Platform',
  'Price',
  'Fees',
  'Shipping',
  'Refunded',
  'Cost returned',
  'Profit',
];

export function createTaxYearService({ db }: ServiceDeps) {
  return {
    async report(caller: Caller, year: number): Promise<TaxYearReport> {
      const { ownerId } = caller;
      const from = `${year}-01-01`;
      const to = `${year}-12-31`;
      const [sums, opening, closing, expenseRows, archived] = await Promise.all([
        dailySums(db, ownerId, { from, to }),
        stockAt(db, ownerId, addDays(from, -1)),
        stockAt(db, ownerId, to),
        queryRows<{ category: ExpenseCategory; cents: unknown }>(
          db,
          sql`select category, sum(amount_cents)::bigint as cents from expense
            where owner_id = ${ownerId} and spent_at between ${from} and ${to} group by category`,
        ),
        queryRows<{ units: number; cents: unknown }>(
          db,
          sql`select count(*)::int as units, coalesce(sum(cost_cents), 0)::bigint as cents from part
            where owner_id = ${ownerId} and status = 'archived' and archived_at between ${from} and ${to}`,
        ),
      ]);
      const inventoryCogs = opening.cents + sums.purchasesCents - closing.cents;
      const perSaleNet = sums.cogsCents - sums.cogsReturnedCents;
      const difference = inventoryCogs - perSaleNet;
      const archivedCents = exactInteger(archived[0]?.cents ?? 0);
      const expenses = new Map(expenseRows.map((r) => [r.category, exactInteger(r.cents)]));
      const byCategory = EXPENSE_CATEGORIES.filter((c) => expenses.has(c)).map((category) => ({
        category,
        cents: expenses.get(category) ?? 0,
      }));
      const expensesTotal = byCategory.reduce((t, e) => t + e.cents, 0);
      const grossProfit =
        sums.revenueCents - sums.refundsCents - sums.feesCents - sums.shippingCents - perSaleNet;
      const explained = [];
      if (archivedCents !== 0)
        explained.push({
          reason: `${archived[0]?.units ?? 0} part(s) archived in ${year} without a sale (written off): their cost left the stock with no sale`,
          cents: archivedCents,
        });
      if (difference !== archivedCents)
        explained.push({
          reason:
            'Costs changed after a sale or a return (a part’s cost edited after it was sold, or a lot’s price split again): the sale keeps the cost it was sold at, stock counts the cost now',
          cents: difference - archivedCents,
        });
      return {
        year,
        from,
        to,
        salesCount: sums.salesCount,
        grossReceipts: { cents: sums.revenueCents, how: `The price of every sale dated in ${year}` },
        returnsAndRefunds: {
          cents: sums.refundsCents,
          how: `Every refund dated in ${year}, whatever the year of its sale`,
        },
        fees: { cents: sums.feesCents, how: `Platform and payment fees of the sales dated in ${year}` },
        shipping: { cents: sums.shippingCents, how: `Shipping you paid on the sales dated in ${year}` },
        costOfGoodsSold: {
          inventoryMethod: {
            openingStock: {
              cents: opening.cents,
              how: `${opening.units} part(s) held at the end of ${year - 1}, at cost (not sold or archived by then)`,
            },
            purchases: {
              cents: sums.purchasesCents,
              how: `${sums.purchasedUnits} part(s) acquired in ${year}, at their cost (a lot’s price split across its parts)`,
            },
            closingStock: {
              cents: closing.cents,
              how: `${closing.units} part(s) held at the end of ${year}, at cost`,
            },
            cogs: { cents: inventoryCogs, how: 'Opening stock + purchases − closing stock' },
          },
          perSale: {
            cogs: {
              cents: sums.cogsCents,
              how: `The cost fixed at each sale dated in ${year} (a build: its parts’ costs)`,
            },
            returned: {
              cents: sums.cogsReturnedCents,
              how: `The cost of goods that came back with a refund dated in ${year}`,
            },
            net: { cents: perSaleNet, how: 'Cost of the goods sold − cost of the goods returned' },
          },
          difference: {
            cents: difference,
            how: 'Inventory method − per sale: zero when every part bought was sold, held or returned at the cost it was bought at',
          },
          explained,
        },
        grossProfit: {
          cents: grossProfit,
          how: 'Gross receipts − refunds − fees − shipping − cost of goods sold (per sale)',
        },
        expenses: {
          byCategory,
          total: { cents: expensesTotal, how: `Every expense dated in ${year} (mileage at its rate)` },
        },
        netProfit: {
          cents: grossProfit - expensesTotal,
          how: 'Gross profit − expenses: the same figure as the profit and loss for the year',
        },
        note: 'A record of what you entered, for your tax preparer; not tax advice. Amounts in dollars and cents as recorded.',
      };
    },

    /** Every sale dated in the year, one row each, for a spreadsheet. */
    async *csv(caller: Caller, year: number): AsyncGenerator<string> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select s.id, s.item_name, s.platform, to_char(s.sold_at, 'YYYY-MM-DD') as sold_at,
            to_char(coalesce(
              (select min(p.acquired_at) from sale_item si join part p on p.id = si.part_id where si.sale_id = s.id),
              (select p.acquired_at from part p where p.id = s.part_id)), 'YYYY-MM-DD') as acquired_at,
            s.cogs_cents, s.price_cents, s.fees_cents, s.shipping_cents, s.refunded_cents, s.cogs_returned_cents
          from sale s
          where s.owner_id = ${caller.ownerId} and s.sold_at between ${`${year}-01-01`} and ${`${year}-12-31`}
            and s.voided_at is null
          order by s.sold_at, s.id`,
      );
      yield toRow(TAX_CSV_HEADER);
      for (const r of rows) {
        const n = (k: string) => exactInteger(r[k]);
        const profit =
          n('price_cents') -
          n('fees_cents') -
          n('shipping_cents') -
          n('cogs_cents') -
          n('refunded_cents') +
          n('cogs_returned_cents');
        yield toRow([
          n('id'),
          guardFormula(String(r.item_name)),
          r.acquired_at == null ? '' : String(r.acquired_at),
          centsToDecimal(n('cogs_cents')),
          String(r.sold_at),
          String(r.platform),
          centsToDecimal(n('price_cents')),
          centsToDecimal(n('fees_cents')),
          centsToDecimal(n('shipping_cents')),
          centsToDecimal(n('refunded_cents')),
          centsToDecimal(n('cogs_returned_cents')),
          centsToDecimal(profit),
        ]);
      }
    },
  };
}

const toRow = (values: CsvValue[]) => formatCsvRow(values);

export type TaxYearService = ReturnType<typeof createTaxYearService>;
