import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useMigrationTarget } from '../test/migration-target';

// Each owner's recomputed days summed per month; the triggers keep the months from then on.
// Found by name, not number: migrations are renumbered when branches merge.
const MIGRATION = 'analytics_monthly';

const target = useMigrationTarget(MIGRATION);

describe(`migration ${MIGRATION}`, () => {
  it("sums each owner's recomputed days per month, then follows every change to them", async () => {
    await target.migrateToBefore();
    await target.run(sql`insert into "user" (id, name, email) values ('u1', 'u1', 'u1@example.com')`);
    // Two recomputed days of January, a creation's own row (read beside its month, not in it), February.
    await target.run(sql`insert into analytics_daily
      (owner_id, day, shard, sales_count, revenue_cents, purchased_units, expenses_cents, sold_days) values
      ('u1', '2025-01-05', 0, 1, 5000, 0, 0, '{3}'), ('u1', '2025-01-20', 0, 2, 1000, 0, 0, '{1,7}'),
      ('u1', '2025-01-21', 3, 0, 0, 1, 0, '{}'), ('u1', '2025-02-02', 0, 0, 0, 0, 300, '{}')`);

    await target.migrateToCurrent();

    const months = () =>
      target.run(sql`select to_char(month, 'YYYY-MM') as month, sales_count as sales, revenue_cents::int as revenue,
        purchased_units as bought, expenses_cents::int as expenses, sold_days from analytics_monthly order by month`);
    expect(await months()).toEqual([
      { month: '2025-01', sales: 3, revenue: 6000, bought: 0, expenses: 0, sold_days: [1, 3, 7] },
      { month: '2025-02', sales: 0, revenue: 0, bought: 0, expenses: 300, sold_days: [] },
    ]);

    await target.run(sql`insert into analytics_daily (owner_id, day, shard, revenue_cents)
      values ('u1', '2025-02-10', 0, 50), ('u1', '2025-02-11', 5, 70)`);
    await target.run(sql`delete from analytics_daily where day = '2025-01-05'`);
    await target.run(sql`update analytics_daily set expenses_cents = 400 where day = '2025-02-02'`);
    expect(await months()).toEqual([
      // The lists of days to sell are recomputeDays' to merge, not the triggers'.
      { month: '2025-01', sales: 2, revenue: 1000, bought: 0, expenses: 0, sold_days: [1, 3, 7] },
      { month: '2025-02', sales: 0, revenue: 50, bought: 0, expenses: 400, sold_days: [] },
    ]);
    // The owner's months go with the owner, and the deleted days do not come back as a month.
    await target.run(sql`delete from "user" where id = 'u1'`);
    expect(await months()).toEqual([]);
  });
});
