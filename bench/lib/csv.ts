import type { Dataset, PartRow, SaleRow } from './dataset';
import { type CsvFile, password, USER_COUNT, username } from './workload';

const PART_HEADER = 'id,owner_id,name,category,condition,status,cost_cents,acquired_at,source,notes';
const SALE_HEADER = 'id,owner_id,part_id,sold_at,price_cents,fees_cents,shipping_cents';

const lines = (header: string, rows: string[]) => `${[header, ...rows].join('\n')}\n`;

const partLine = (p: PartRow) =>
  [
    p.id,
    p.ownerId,
    p.name,
    p.category,
    p.condition,
    p.status,
    p.costCents,
    p.acquiredAt,
    p.source,
    p.notes,
  ].join(',');

const saleLine = (s: SaleRow) =>
  [s.id, s.ownerId, s.partId, s.soldAt, s.priceCents, s.feesCents, s.shippingCents].join(',');

/** The three CSV files of WORKLOAD.md section 3: no quoting, LF, trailing newline. */
export function toCsv(dataset: Dataset): Record<CsvFile, string> {
  const users = Array.from(
    { length: USER_COUNT },
    (_, i) => `${i + 1},${username(i + 1)},${password(i + 1)}`,
  );
  return {
    'users.csv': lines('id,username,password', users),
    'parts.csv': lines(PART_HEADER, dataset.parts.map(partLine)),
    'sales.csv': lines(SALE_HEADER, dataset.sales.map(saleLine)),
  };
}

/** Parse a CSV written by toCsv (no quoting) into records keyed by the header names. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.trimEnd().split('\n');
  if (!header) return [];
  const names = header.split(',');
  return rows.map((row) => {
    const values = row.split(',');
    return Object.fromEntries(names.map((name, i) => [name, values[i] ?? '']));
  });
}
