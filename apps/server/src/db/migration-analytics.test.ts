import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findDrift } from '../modules/analytics/reconcile';
import { useMigrationTarget } from '../test/migration-target';

// The ledger a database had before the analytics aggregates, summed into them by the migration.
// Found by name, not number: migrations are renumbered when branches merge.
const MIGRATION = 'analytics';

const target = useMigrationTarget(MIGRATION);

describe(`migration ${MIGRATION}`, () => {
  it('sums the existing ledger into the daily aggregates', async () => {
    await target.migrateToBefore();
    await target.run(sql`insert into "user" (id, name, email) values ('u1', 'Old user', 'old@example.com')`);
    const [p] =
      await target.run(sql`insert into part (owner_id, name, category, cost_cents, acquired_at, status)
      values ('u1', 'GPU', 'gpu', 15000, '2025-01-02', 'sold') returning id`);
    await target.run(sql`insert into part (owner_id, name, category, cost_cents, acquired_at)
      values ('u1', 'CPU', 'cpu', 5000, '2025-01-02')`);
    const [s] =
      await target.run(sql`insert into sale (owner_id, part_id, item_name, platform, sold_at, price_cents,
      fees_cents, shipping_cents, cogs_cents) values ('u1', ${p?.id}, 'GPU', 'ebay', '2025-02-01', 25000, 3000, 900, 15000)
      returning id`);
    await target.run(sql`insert into sale_refund (owner_id, sale_id, refunded_at, amount_cents, restock)
      values ('u1', ${s?.id}, '2025-02-05', 2000, false)`);
    await target.run(sql`insert into expense (owner_id, spent_at, category, amount_cents, description)
      values ('u1', '2025-02-05', 'consumables', 450, 'Paste')`);

    await target.migrateToCurrent();

    const rows = await target.run(sql`select to_char(day, 'YYYY-MM-DD') as day, sales_count,
      revenue_cents::int as revenue, refunds_cents::int as refunds, expenses_cents::int as expenses,
      purchased_units, purchases_cents::int as purchases
      from analytics_daily where owner_id = 'u1' order by day`);
    expect(rows).toEqual([
      {
        day: '2025-01-02',
        sales_count: 0,
        revenue: 0,
        refunds: 0,
        expenses: 0,
        purchased_units: 2,
        purchases: 20000,
      },
      {
        day: '2025-02-01',
        sales_count: 1,
        revenue: 25000,
        refunds: 0,
        expenses: 0,
        purchased_units: 0,
        purchases: 0,
      },
      {
        day: '2025-02-05',
        sales_count: 0,
        revenue: 0,
        refunds: 2000,
        expenses: 450,
        purchased_units: 0,
        purchases: 0,
      },
    ]);
    expect(await findDrift(target.db, '2000-01-01', '2100-12-31')).toEqual([]);
  });
});
