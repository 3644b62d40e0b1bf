import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useMigrationTarget } from '../test/migration-target';

// The platform's daily figures start as the owners' figures summed, and follow every later write.
// Found by name, not number: migrations are renumbered when branches merge.
const MIGRATION = 'platform_daily';

const target = useMigrationTarget(MIGRATION);

describe(`migration ${MIGRATION}`, () => {
  it("fills platform_daily from the owners' existing days, then keeps it equal to them", async () => {
    await target.migrateToBefore();
    for (const id of ['u1', 'u2'])
      await target.run(
        sql`insert into "user" (id, name, email) values (${id}, ${id}, ${`${id}@example.com`})`,
      );
    await target.run(sql`insert into analytics_daily (owner_id, day, sales_count, revenue_cents, purchased_units)
      values ('u1', '2025-03-01', 2, 9000, 3), ('u2', '2025-03-01', 1, 500, 0), ('u2', '2025-03-02', 0, 0, 4)`);
    await target.run(
      sql`insert into user_activity (user_id, day) values ('u1', '2025-03-01'), ('u2', '2025-03-01')`,
    );

    await target.migrateToCurrent();

    const platform = () =>
      target.run(sql`select to_char(day, 'YYYY-MM-DD') as day, sum(sales_count)::int as sales,
        sum(revenue_cents)::int as revenue, sum(purchased_units)::int as units, sum(active_users)::int as active
        from platform_daily group by day order by day`);
    expect(await platform()).toEqual([
      { day: '2025-03-01', sales: 3, revenue: 9500, units: 3, active: 2 },
      { day: '2025-03-02', sales: 0, revenue: 0, units: 4, active: 0 },
    ]);
    await target.run(
      sql`update analytics_daily set revenue_cents = revenue_cents + 100 where owner_id = 'u2'`,
    );
    await target.run(sql`delete from analytics_daily where owner_id = 'u1'`);
    await target.run(
      sql`insert into user_activity (user_id, day) values ('u2', '2025-03-02') on conflict do nothing`,
    );
    await target.run(sql`delete from user_activity where user_id = 'u1'`);
    expect(await platform()).toEqual([
      { day: '2025-03-01', sales: 1, revenue: 600, units: 0, active: 1 },
      { day: '2025-03-02', sales: 0, revenue: 100, units: 4, active: 1 },
    ]);
  });
});
