import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useMigrationTarget } from '../test/migration-target';

// An owner's day becomes its rows summed: the existing row is shard 0, and creations add rows beside it.
// Found by name, not number: migrations are renumbered when branches merge.
const MIGRATION = 'analytics_daily_writer_shards';

const target = useMigrationTarget(MIGRATION);

describe(`migration ${MIGRATION}`, () => {
  it("keeps each owner's day as its shard 0, takes rows beside it, and the platform still sums them", async () => {
    await target.migrateToBefore();
    await target.run(sql`insert into "user" (id, name, email) values ('u1', 'u1', 'u1@example.com')`);
    await target.run(sql`insert into analytics_daily (owner_id, day, sales_count, revenue_cents, purchased_units)
      values ('u1', '2025-03-01', 2, 9000, 1)`);

    await target.migrateToCurrent();

    expect(
      await target.run(sql`select shard, sales_count, revenue_cents::int as revenue from analytics_daily`),
    ).toEqual([{ shard: 0, sales_count: 2, revenue: 9000 }]);
    await target.run(sql`insert into analytics_daily (owner_id, day, shard, purchased_units, purchases_cents)
      values ('u1', '2025-03-01', 3, 4, 800)`);
    expect(
      await target.run(sql`select sum(sales_count)::int as sales, sum(purchased_units)::int as units,
        sum(purchases_cents)::int as purchases from platform_daily where day = '2025-03-01'`),
    ).toEqual([{ sales: 2, units: 5, purchases: 800 }]);
  });
});
