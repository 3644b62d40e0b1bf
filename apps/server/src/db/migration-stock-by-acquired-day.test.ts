import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useMigrationTarget } from '../test/migration-target';

// Each purchase day learns its held parts per status (stock on hand by status), and its month with it.
// Found by name, not number: migrations are renumbered when branches merge.
const MIGRATION = 'stock_by_acquired_day';

const target = useMigrationTarget(MIGRATION);

describe(`migration ${MIGRATION}`, () => {
  it("counts each purchase day's held parts by status on its shard-0 row and in its month", async () => {
    await target.migrateToBefore();
    await target.run(sql`insert into "user" (id, name, email) values ('u1', 'u1', 'u1@example.com')`);
    const part = (day: string, status: string, cost: number) =>
      target.run(sql`insert into part (owner_id, name, category, cost_cents, acquired_at, status)
        values ('u1', 'GPU', 'gpu', ${cost}, ${day}, ${status})`);
    await part('2025-01-05', 'in_stock', 1000);
    await part('2025-01-05', 'in_stock', 500);
    await part('2025-01-05', 'listed', 700);
    await part('2025-01-05', 'sold', 900);
    await part('2025-01-20', 'rma', 300);
    // The 5th was recomputed (shard 0); the 20th has no row yet.
    await target.run(sql`insert into analytics_daily (owner_id, day, shard, purchased_units, purchases_cents)
      values ('u1', '2025-01-05', 0, 4, 3100)`);

    await target.migrateToCurrent();

    expect(
      await target.run(sql`select to_char(day, 'YYYY-MM-DD') as day, held_in_stock_units as in_stock,
        held_in_stock_cents::int as in_stock_cents, held_listed_units as listed, held_rma_cents::int as rma_cents
        from analytics_daily where shard = 0 order by day`),
    ).toEqual([
      { day: '2025-01-05', in_stock: 2, in_stock_cents: 1500, listed: 1, rma_cents: 0 },
      { day: '2025-01-20', in_stock: 0, in_stock_cents: 0, listed: 0, rma_cents: 300 },
    ]);
    expect(
      await target.run(sql`select to_char(month, 'YYYY-MM') as month, held_in_stock_units as in_stock,
        held_listed_cents::int as listed_cents, held_rma_units as rma, purchases_cents::int as purchases
        from analytics_monthly`),
    ).toEqual([{ month: '2025-01', in_stock: 2, listed_cents: 700, rma: 1, purchases: 3100 }]);
  });
});
