import {
  type CsvValue,
  centsToDecimal,
  DELIVERY_LABELS,
  formatCsvRow,
  PLATFORM_LABELS,
  type Sale,
} from '@partwise/shared';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { sale } from '../../db/schema';
import { guardFormula } from '../parts-csv/csv-values';
import { toSale } from './sales.mapper';

const BATCH = 1000;

const money = (cents: number) => centsToDecimal(cents);
const text = (value: string | null) => (value === null ? '' : guardFormula(value));

/** Every column of a sale, as the ledger words it; money in decimal dollars, dates ISO. */
const COLUMNS: [string, (s: Sale) => CsvValue][] = [
  ['Sale ID', (s) => s.id],
  ['Date', (s) => s.soldAt],
  ['Item', (s) => text(s.itemName)],
  ['Platform', (s) => PLATFORM_LABELS[s.platform]],
  ['Delivery', (s) => (s.delivery ? DELIVERY_LABELS[s.delivery] : '')],
  ['Price', (s) => money(s.priceCents)],
  ['Fees', (s) => money(s.feesCents)],
  ['Shipping', (s) => money(s.shippingCents)],
  ['Cost of goods', (s) => money(s.cogsCents)],
  ['Refunded', (s) => money(s.refundedCents)],
  ['Cost of goods returned', (s) => money(s.cogsReturnedCents)],
  ['Profit', (s) => money(s.profitCents)],
  ['Restocked', (s) => (s.restocked ? 'yes' : 'no')],
  ['Buyer note', (s) => text(s.buyerNote)],
  ['Listing ID', (s) => s.listingId],
  ['Part ID', (s) => s.partId],
  ['Build ID', (s) => s.buildId],
  ['Voided at', (s) => s.voidedAt ?? ''],
  ['Void reason', (s) => text(s.voidReason)],
  ['Recorded at', (s) => s.createdAt],
  ['Last changed at', (s) => s.updatedAt],
];

export const SALES_CSV_HEADER = COLUMNS.map(([label]) => label);

/** The sales matching the ledger's filter, newest first, as CSV text piece by piece (ids taken once). */
export async function* salesCsv(
  db: DbOrTx,
  ownerId: string,
  filter: SQL | undefined,
): AsyncGenerator<string> {
  const ids = await db
    .select({ id: sale.id })
    .from(sale)
    .where(filter)
    .orderBy(desc(sale.soldAt), desc(sale.id));
  yield `\uFEFF${formatCsvRow(SALES_CSV_HEADER)}`;
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH).map((r) => r.id);
    const rows = await db
      .select()
      .from(sale)
      .where(and(eq(sale.ownerId, ownerId), inArray(sale.id, batch)));
    const byId = new Map(rows.map((row) => [row.id, toSale(row)]));
    let chunk = '';
    for (const id of batch) {
      const s = byId.get(id);
      if (s) chunk += formatCsvRow(COLUMNS.map(([, cell]) => cell(s)));
    }
    yield chunk;
  }
}
