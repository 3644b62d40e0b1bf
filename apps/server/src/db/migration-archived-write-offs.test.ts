import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useMigrationTarget } from '../test/migration-target';

// Parts archived before archiving had a date: dated from the audit log, written off in the daily aggregates.
// Found by name, not number: migrations are renumbered when branches merge.
const MIGRATION = 'archived_write_offs';

const target = useMigrationTarget(MIGRATION);

describe(`migration ${MIGRATION}`, () => {
  it("dates archived parts by their last archiving in the owner's time zone (else their purchase) and writes them off", async () => {
    await target.migrateToBefore();
    await target.run(sql`insert into "user" (id, name, email, timezone)
      values ('u1', 'Old user', 'old@example.com', 'America/Los_Angeles')`);
    const part = async (name: string, cost: number, status: string) => {
      const [row] =
        await target.run(sql`insert into part (owner_id, name, category, cost_cents, acquired_at, status)
        values ('u1', ${name}, 'gpu', ${cost}, '2025-01-05', ${status}) returning id`);
      return String(row?.id);
    };
    const logged = await part('Archived in the app', 4000, 'archived');
    const imported = await part('Imported as archived', 1500, 'archived');
    const held = await part('Still held', 900, 'in_stock');
    // 03:00 UTC on March 2 is still March 1 in Los Angeles; the later un-archiving and re-archiving wins.
    for (const [to, at] of [
      ['archived', '2025-02-10T18:00:00Z'],
      ['in_stock', '2025-02-20T18:00:00Z'],
      ['archived', '2025-03-02T03:00:00Z'],
    ])
      await target.run(sql`insert into audit_log (owner_id, entity, entity_id, action, changes, created_at)
        values ('u1', 'part', ${logged}, 'status', ${JSON.stringify({ status: { from: 'x', to } })}::jsonb, ${at})`);

    await target.migrateToCurrent();

    const parts =
      await target.run(sql`select id::text as id, to_char(archived_at, 'YYYY-MM-DD') as archived_at
      from part order by id`);
    expect(Object.fromEntries(parts.map((p) => [p.id, p.archived_at]))).toEqual({
      [logged]: '2025-03-01',
      [imported]: '2025-01-05',
      [held]: null,
    });
    const days = await target.run(sql`select to_char(day, 'YYYY-MM-DD') as day, written_off_units,
      written_off_cents::int as written_off_cents from analytics_daily where written_off_units > 0 order by day`);
    expect(days).toEqual([
      { day: '2025-01-05', written_off_units: 1, written_off_cents: 1500 },
      { day: '2025-03-01', written_off_units: 1, written_off_cents: 4000 },
    ]);
  });
});
