import type pg from 'pg';
import type { BenchUser } from './accounts';
import { parseCsv } from './csv';

const CHUNK_ROWS = 10_000;

const COLUMNS = [
  ['id', 'bigint'],
  ['owner_id', 'text'],
  ['part_id', 'bigint'],
  ['sold_at', 'date'],
  ['price_cents', 'int'],
  ['fees_cents', 'int'],
  ['shipping_cents', 'int'],
] as const;

// The product's sale: the item's name and cost of goods come from the part, as a recorded sale fixes them;
// the dataset has no platform, so every sale is `local`. One sale_item per sale, as the product writes.
const INSERT_SALES = `
  with t as (
    select * from unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
      as t(${COLUMNS.map(([name]) => name).join(', ')})
  ),
  inserted as (
    insert into sale (id, owner_id, part_id, item_name, platform, sold_at, price_cents, fees_cents,
      shipping_cents, cogs_cents)
    overriding system value
    select t.id, t.owner_id, t.part_id, p.name, 'local', t.sold_at, t.price_cents, t.fees_cents,
      t.shipping_cents, p.cost_cents
    from t join part p on p.id = t.part_id and p.owner_id = t.owner_id
    returning id, owner_id, part_id, cogs_cents
  )
  insert into sale_item (sale_id, part_id, owner_id, cost_cents)
  select id, part_id, owner_id, cogs_cents from inserted`;

/** Bulk-loads sales.csv with `insert ... select from unnest(...)`, keeping the dataset ids. */
export async function loadSales(client: pg.Client, csv: string, users: BenchUser[]): Promise<number> {
  const ownerIds = new Map(users.map((user) => [String(user.u), user.userId]));
  const rows = parseCsv(csv);
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const columns = COLUMNS.map(([name]) =>
      chunk.map((row) => (name === 'owner_id' ? ownerIds.get(row.owner_id ?? '') : row[name])),
    );
    await client.query(INSERT_SALES, columns);
  }
  await client.query(`select setval(pg_get_serial_sequence('sale', 'id'), (select max(id) from sale))`);
  const loaded = await client.query<{ n: number; by2025: number }>(
    `select count(*)::int as n, count(*) filter (where sold_at <= '2025-12-31')::int as by2025 from sale`,
  );
  const counts = loaded.rows[0];
  if (counts?.n !== rows.length)
    throw new Error(`Loaded ${counts?.n} sales of ${rows.length}: a sale's part is missing`);
  // WORKLOAD.md 2.4: 27,555 of the 30,000 sales are sold by 2025-12-31.
  if (rows.length === 30_000 && counts.by2025 !== 27_555)
    throw new Error(`${counts.by2025} sales sold by 2025-12-31; WORKLOAD.md 2.4 says 27,555`);
  return rows.length;
}
