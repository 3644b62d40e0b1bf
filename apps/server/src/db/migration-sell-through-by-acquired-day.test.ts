import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useMigrationTarget } from '../test/migration-target';

// Each purchase day learns how many of its parts are sold and held now (the summary's sell-through).
// Found by name, not number: migrations are renumbered when branches merge.
const MIGRATION = 'sell_through_by_acquired_day';

const target = useMigrationTarget(MIGRATION);

describe(`migration ${MIGRATION}`, () => {
  it("counts each purchase day's parts sold and held on its shard-0 row, making the row where none was", async () => {
    await target.migrateToBefore();
    await target.run(sql`insert into "user" (id, name, email) values ('u1', 'u1', 'u1@example.com')`);
    const part = (day: string, status: string) =>
      target.run(sql`insert into part (owner_id, name, category, cost_cents, acquired_at, status)
        values ('u1', 'GPU', 'gpu', 1000, ${day}, ${status})`);
    for (const status of ['sold', 'in_stock', 'listed', 'archived']) await part('2025-01-05', status);
    await part('2025-01-06', 'rma');
    // The 5th was recomputed (shard 0); the 6th has only a creation's row of its own connection.
    await target.run(sql`insert into analytics_daily (owner_id, day, shard, purchased_units, purchases_cents)
      values ('u1', '2025-01-05', 0, 4, 4000), ('u1', '2025-01-06', 3, 1, 1000)`);

    await target.migrateToCurrent();

    expect(
      await target.run(sql`select to_char(day, 'YYYY-MM-DD') as day, shard, purchased_units,
        acquired_sold_units as sold, acquired_held_units as held from analytics_daily order by day, shard`),
    ).toEqual([
      { day: '2025-01-05', shard: 0, purchased_units: 4, sold: 1, held: 2 },
      { day: '2025-01-06', shard: 0, purchased_units: 0, sold: 0, held: 1 },
      { day: '2025-01-06', shard: 3, purchased_units: 1, sold: 0, held: 0 },
    ]);
  });
});
