import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useMigrationTarget } from '../test/migration-target';

// Each activity day names its user's previous active day: filled from the existing days, then kept by every
// insert, in order or not. Found by name, not number: migrations are renumbered when branches merge.
const MIGRATION = 'activity_previous_day';

const target = useMigrationTarget(MIGRATION);

describe(`migration ${MIGRATION}`, () => {
  it("fills each day's previous active day, then keeps it on every insert, in order or not", async () => {
    await target.migrateToBefore();
    for (const id of ['u1', 'u2'])
      await target.run(
        sql`insert into "user" (id, name, email) values (${id}, ${id}, ${`${id}@example.com`})`,
      );
    await target.run(sql`insert into user_activity (user_id, day) values
      ('u1', '2025-03-05'), ('u1', '2025-03-01'), ('u2', '2025-03-03'), ('u1', '2025-03-03')`);

    await target.migrateToCurrent();

    const chain = () =>
      target.run(sql`select user_id as user, to_char(day, 'YYYY-MM-DD') as day,
        to_char(previous_day, 'YYYY-MM-DD') as previous from user_activity order by user_id, day`);
    expect(await chain()).toEqual([
      { user: 'u1', day: '2025-03-01', previous: null },
      { user: 'u1', day: '2025-03-03', previous: '2025-03-01' },
      { user: 'u1', day: '2025-03-05', previous: '2025-03-03' },
      { user: 'u2', day: '2025-03-03', previous: null },
    ]);

    // A later day, a day between two others, a day before the first, and a day recorded twice.
    await target.run(sql`insert into user_activity (user_id, day) values ('u1', '2025-03-09')`);
    await target.run(sql`insert into user_activity (user_id, day) values ('u1', '2025-03-04')`);
    await target.run(sql`insert into user_activity (user_id, day) values ('u2', '2025-02-20')`);
    await target.run(
      sql`insert into user_activity (user_id, day) values ('u1', '2025-03-05') on conflict do nothing`,
    );
    expect(await chain()).toEqual([
      { user: 'u1', day: '2025-03-01', previous: null },
      { user: 'u1', day: '2025-03-03', previous: '2025-03-01' },
      { user: 'u1', day: '2025-03-04', previous: '2025-03-03' },
      { user: 'u1', day: '2025-03-05', previous: '2025-03-04' },
      { user: 'u1', day: '2025-03-09', previous: '2025-03-05' },
      { user: 'u2', day: '2025-02-20', previous: null },
      { user: 'u2', day: '2025-03-03', previous: '2025-02-20' },
    ]);
  });
});
