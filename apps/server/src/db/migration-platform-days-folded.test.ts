import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useMigrationTarget } from '../test/migration-target';

// The platform's days recorded before the nightly job folded them become one row each, with the same sums.
// Found by name, not number: migrations are renumbered when branches merge.
const MIGRATION = 'platform_days_folded';

const target = useMigrationTarget(MIGRATION);

describe(`migration ${MIGRATION}`, () => {
  it("folds each day's platform rows into one, keeping every figure, and later writes still add up", async () => {
    await target.migrateToBefore();
    const owners = ['owner-a', 'owner-b', 'owner-c', 'owner-d'];
    for (const id of owners)
      await target.run(
        sql`insert into "user" (id, name, email) values (${id}, ${id}, ${`${id}@example.com`})`,
      );
    for (const [i, id] of owners.entries())
      await target.run(sql`insert into analytics_daily (owner_id, day, sales_count, revenue_cents, purchased_units)
        values (${id}, '2025-03-01', 1, ${1000 * (i + 1)}, 2), (${id}, '2025-03-02', 0, 0, 1)`);
    await target.run(sql`insert into user_activity (user_id, day) values ('owner-a', '2025-03-01')`);
    const rows = () =>
      target.run(sql`select to_char(day, 'YYYY-MM-DD') as day, count(*)::int as rows, sum(sales_count)::int as sales,
        sum(revenue_cents)::int as revenue, sum(purchased_units)::int as units, sum(active_users)::int as active
        from platform_daily group by day order by day`);
    const [before] = await rows();
    expect(before?.rows).toBeGreaterThan(1); // the owners' writes went to several shards

    await target.migrateToCurrent();

    expect(await rows()).toEqual([
      { day: '2025-03-01', rows: 1, sales: 4, revenue: 10000, units: 8, active: 1 },
      { day: '2025-03-02', rows: 1, sales: 0, revenue: 0, units: 4, active: 0 },
    ]);
    await target.run(
      sql`update analytics_daily set revenue_cents = revenue_cents + 1 where day = '2025-03-01'`,
    );
    await target.run(sql`delete from analytics_daily where owner_id = 'owner-b'`);
    expect(await rows()).toMatchObject([
      { day: '2025-03-01', sales: 3, revenue: 8003, units: 6, active: 1 },
      { day: '2025-03-02', sales: 0, revenue: 0, units: 3, active: 0 },
    ]);
  });
});
