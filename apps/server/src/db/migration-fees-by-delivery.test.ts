import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useMigrationTarget } from '../test/migration-target';

// The data a database had before fees had a delivery and lot parts a weight, brought through the migration.
// Found by name, not number: migrations are renumbered when branches merge.
const MIGRATION = 'lots_listings_fees_mileage';

const target = useMigrationTarget(MIGRATION);

describe(`migration ${MIGRATION}`, () => {
  it('keeps every fee override for both deliveries and weighs old lots’ parts by the cost they were given', async () => {
    await target.migrateToBefore();
    await target.run(sql`insert into "user" (id, name, email) values ('u1', 'Old user', 'old@example.com')`);
    await target.run(sql`insert into fee_preset (owner_id, platform, percent_basis_points, fixed_cents)
      values ('u1', 'ebay', 1200, 30), ('u1', 'facebook_marketplace', 0, 0)`);
    const [lot] =
      await target.run(sql`insert into purchase_lot (owner_id, name, total_cost_cents, acquired_at)
      values ('u1', 'Old lot', 30000, '2025-01-01') returning id`);
    await target.run(sql`insert into part (owner_id, name, category, cost_cents, lot_id) values
      ('u1', 'GPU', 'gpu', 15000, ${lot?.id}), ('u1', 'CPU', 'cpu', 15000, ${lot?.id}),
      ('u1', 'Free cable', 'other', 0, ${lot?.id}), ('u1', 'Loose part', 'other', 999, null)`);

    await target.migrateToCurrent();

    const fees =
      await target.run(sql`select platform, delivery, percent_basis_points, fixed_cents, minimum_cents
      from fee_preset where owner_id = 'u1' order by platform, delivery`);
    expect(fees).toEqual([
      { platform: 'ebay', delivery: 'local', percent_basis_points: 1200, fixed_cents: 30, minimum_cents: 0 },
      {
        platform: 'ebay',
        delivery: 'shipped',
        percent_basis_points: 1200,
        fixed_cents: 30,
        minimum_cents: 0,
      },
      {
        platform: 'facebook_marketplace',
        delivery: 'local',
        percent_basis_points: 0,
        fixed_cents: 0,
        minimum_cents: 0,
      },
      {
        platform: 'facebook_marketplace',
        delivery: 'shipped',
        percent_basis_points: 0,
        fixed_cents: 0,
        minimum_cents: 0,
      },
    ]);
    const weights = await target.run(
      sql`select name, lot_weight from part where owner_id = 'u1' order by id`,
    );
    expect(weights).toEqual([
      { name: 'GPU', lot_weight: 150 },
      { name: 'CPU', lot_weight: 150 },
      { name: 'Free cable', lot_weight: 0.01 },
      { name: 'Loose part', lot_weight: null },
    ]);
    const [listing] = await target.run(sql`select column_default from information_schema.columns
      where table_name = 'listing' and column_name = 'delivery'`);
    expect(String(listing?.column_default)).toContain('shipped');
  });
});
