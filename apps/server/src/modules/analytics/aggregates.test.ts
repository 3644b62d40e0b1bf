import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import { queryRows } from '../../db/client';
import { exactInteger } from '../../db/sums';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import type { TestUser } from '../../test/users';
import { addPurchaseSql, foldPlatformDays, ownerDaySums, rebuildAll, recomputeDays } from './aggregates';
import { findDrift, findPlatformDrift } from './reconcile';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;
let users: { alice: TestUser; bob: TestUser };

const TODAY = '2025-06-01';

beforeAll(async () => {
  ({ ctx, alice, bob, call, users } = await appWithTwoUsers({}, { clock: fixedClock(`${TODAY}T12:00:00Z`) }));
});
afterAll(() => ctx.close());

const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>, status = 200) => {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return (r.body ? r.json() : {}) as { id: number };
};

/** Alice buys a part on `day` (the hot create path), costing 100 + i cents. */
const buy = (day: string, i: number) =>
  ok(
    call('POST', '/api/v1/parts', alice, {
      name: `RAM ${i}`,
      category: 'memory',
      costCents: 100 + i,
      acquiredAt: day,
    }),
    201,
  );

/** An owner's day as the readers see it: its rows summed (shard 0's days to sell), or null without a row. */
async function dayOf(ownerId: string, day: string) {
  const [row] = await queryRows<Record<string, unknown>>(
    ctx.database.db,
    sql`select ${ownerDaySums} from analytics_daily where owner_id = ${ownerId} and day = ${day}
      having count(*) > 0`,
  );
  if (!row) return null;
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, k === 'sold_days' ? v : exactInteger(v)]),
  );
}

describe('daily aggregates kept by the writes', () => {
  it('follow every write of the ledger in its own transaction, and equal the ledger afterwards', async () => {
    const owner = users.alice.id;
    // A part (the hot create path), a lot, a sale, a moved sale, a restocking refund, expenses.
    const part = await ok(
      call('POST', '/api/v1/parts', alice, {
        name: 'RTX 3060',
        category: 'gpu',
        costCents: 20000,
        acquiredAt: '2025-01-10',
      }),
      201,
    );
    expect(await dayOf(owner, '2025-01-10')).toMatchObject({ purchased_units: 1, purchases_cents: 20000 });
    const lot = await ok(
      call('POST', '/api/v1/lots', alice, {
        name: 'Haul',
        totalCostCents: 30000,
        acquiredAt: '2025-01-10',
        parts: [
          { name: 'Ryzen 5 3600', category: 'cpu', weight: 1 },
          { name: 'B450', category: 'motherboard', weight: 1 },
        ],
      }),
      201,
    );
    expect(await dayOf(owner, '2025-01-10')).toMatchObject({ purchased_units: 3, purchases_cents: 50000 });

    const sold = await ok(
      call('POST', '/api/v1/sales', alice, {
        partId: part.id,
        priceCents: 30000,
        feesCents: 3900,
        shippingCents: 1200,
        soldAt: '2025-02-01',
      }),
      201,
    );
    expect(await dayOf(owner, '2025-02-01')).toMatchObject({
      sales_count: 1,
      revenue_cents: 30000,
      fees_cents: 3900,
      shipping_cents: 1200,
      cogs_cents: 20000,
    });
    await ok(call('PATCH', `/api/v1/sales/${sold.id}`, alice, { soldAt: '2025-02-03' }));
    expect(await dayOf(owner, '2025-02-01')).toMatchObject({ sales_count: 0, revenue_cents: 0 });
    expect(await dayOf(owner, '2025-02-03')).toMatchObject({ sales_count: 1, revenue_cents: 30000 });
    await ok(
      call('POST', `/api/v1/sales/${sold.id}/refund`, alice, {
        amountCents: 30000,
        restock: true,
        refundedAt: '2025-02-10',
      }),
    );
    expect(await dayOf(owner, '2025-02-10')).toMatchObject({
      refunds_cents: 30000,
      cogs_returned_cents: 20000,
    });

    const spent = await ok(
      call('POST', '/api/v1/expenses', alice, {
        spentAt: '2025-02-05',
        category: 'shipping_supplies',
        amountCents: 999,
        description: 'Boxes',
      }),
      201,
    );
    expect(await dayOf(owner, '2025-02-05')).toMatchObject({ expenses_cents: 999 });
    await ok(
      call('PATCH', `/api/v1/expenses/${spent.id}`, alice, { spentAt: '2025-02-06', amountCents: 1999 }),
    );
    expect(await dayOf(owner, '2025-02-05')).toMatchObject({ expenses_cents: 0 });
    expect(await dayOf(owner, '2025-02-06')).toMatchObject({ expenses_cents: 1999 });

    // Corrections of purchases: a part's cost and date, a lot's price and date, deletions.
    await ok(call('PATCH', `/api/v1/parts/${part.id}`, alice, { costCents: 21000 }));
    await ok(
      call('PATCH', `/api/v1/lots/${lot.id}`, alice, { totalCostCents: 40000, acquiredAt: '2025-01-11' }),
    );
    expect(await dayOf(owner, '2025-01-10')).toMatchObject({ purchased_units: 1, purchases_cents: 21000 });
    expect(await dayOf(owner, '2025-01-11')).toMatchObject({ purchased_units: 2, purchases_cents: 40000 });
    const extra = await ok(
      call('POST', '/api/v1/parts', alice, {
        name: 'Case',
        category: 'case',
        costCents: 5000,
        acquiredAt: '2025-01-12',
      }),
      201,
    );
    await ok(call('DELETE', `/api/v1/parts/${extra.id}`, alice), 204);
    await ok(call('DELETE', `/api/v1/expenses/${spent.id}`, alice), 204);
    await ok(call('DELETE', `/api/v1/lots/${lot.id}?parts=delete`, alice), 204);
    expect(await dayOf(owner, '2025-01-12')).toMatchObject({ purchased_units: 0, purchases_cents: 0 });
    expect(await dayOf(owner, '2025-02-06')).toMatchObject({ expenses_cents: 0 });
    expect(await dayOf(owner, '2025-01-11')).toMatchObject({ purchased_units: 0, purchases_cents: 0 });

    // A part archived without a sale is written off on the day it is archived, at its cost now; back in
    // stock, it is not.
    const junk = await ok(
      call('POST', '/api/v1/parts', alice, { name: 'Dead board', category: 'motherboard', costCents: 7000 }),
      201,
    );
    await ok(call('POST', '/api/v1/parts/bulk', alice, { ids: [junk.id], action: 'archive' }));
    expect(await dayOf(owner, TODAY)).toMatchObject({ written_off_units: 1, written_off_cents: 7000 });
    await ok(call('PATCH', `/api/v1/parts/${junk.id}`, alice, { costCents: 7500 }));
    expect(await dayOf(owner, TODAY)).toMatchObject({ written_off_units: 1, written_off_cents: 7500 });
    await ok(call('PATCH', `/api/v1/parts/${junk.id}`, alice, { status: 'in_stock' }));
    expect(await dayOf(owner, TODAY)).toMatchObject({ written_off_units: 0, written_off_cents: 0 });
    await ok(call('PATCH', `/api/v1/parts/${junk.id}`, alice, { status: 'archived' }));
    expect(await dayOf(owner, TODAY)).toMatchObject({ written_off_units: 1, written_off_cents: 7500 });

    expect(await findDrift(ctx.database.db, '2000-01-01', '2100-12-31')).toEqual([]);
    expect(await findPlatformDrift(ctx.database.db, '2000-01-01', '2100-12-31')).toEqual([]);
  });

  it('stay exact when two writers change the same day at once', async () => {
    const owner = users.alice.id;
    const parts = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        ok(
          call('POST', '/api/v1/parts', alice, {
            name: `Part ${n}`,
            category: 'cpu',
            costCents: 1000 * n,
            acquiredAt: '2025-05-01',
          }),
          201,
        ),
      ),
    );
    await Promise.all(
      parts.map((p) =>
        ok(
          call('POST', '/api/v1/sales', alice, {
            partId: p.id,
            priceCents: 5000,
            feesCents: 0,
            soldAt: '2025-05-02',
          }),
          201,
        ),
      ),
    );
    expect(await dayOf(owner, '2025-05-01')).toMatchObject({ purchased_units: 4, purchases_cents: 10000 });
    expect(await dayOf(owner, '2025-05-02')).toMatchObject({
      sales_count: 4,
      revenue_cents: 20000,
      cogs_cents: 10000,
    });
    expect(await findDrift(ctx.database.db, '2000-01-01', '2100-12-31')).toEqual([]);
    expect(await findPlatformDrift(ctx.database.db, '2000-01-01', '2100-12-31')).toEqual([]);
  });

  it('are rebuilt whole from the ledger, the same however often (npm run analytics:rebuild)', async () => {
    const db = ctx.database.db;
    await db.execute(sql`update analytics_daily set revenue_cents = revenue_cents + 7`);
    await db.execute(
      sql`insert into analytics_daily (owner_id, day, expenses_cents) values (${users.bob.id}, '2030-01-01', 5)`,
    );
    expect((await findDrift(db, '2000-01-01', '2100-12-31')).length).toBeGreaterThan(0);
    const first = await rebuildAll(db);
    const second = await rebuildAll(db);
    expect(second).toBe(first);
    expect(first).toBeGreaterThan(0);
    expect(await findDrift(db, '2000-01-01', '2100-12-31')).toEqual([]);
    expect(await findPlatformDrift(db, '2000-01-01', '2100-12-31')).toEqual([]);
    expect(await dayOf(users.alice.id, '2025-05-02')).toMatchObject({ sales_count: 4, revenue_cents: 20000 });
    // Rebuilt, each day is one platform row (a day written by both owners had a row per owner's shard).
    const [busiest] = await queryRows<{ rows: number }>(
      db,
      sql`select count(*)::int as rows from platform_daily group by day order by 1 desc limit 1`,
    );
    expect(busiest?.rows).toBe(1);
  });
  it("keep the platform's days equal to every owner's days summed, through each write and a deleted account", async () => {
    const db = ctx.database.db;
    const platformDay = async (day: string) => {
      const [row] = await queryRows<Record<string, unknown>>(
        db,
        sql`select coalesce(sum(sales_count), 0)::bigint as sales, coalesce(sum(revenue_cents), 0)::bigint as revenue,
          coalesce(sum(purchased_units), 0)::bigint as units from platform_daily where day = ${day}`,
      );
      return {
        sales: exactInteger(row?.sales),
        revenue: exactInteger(row?.revenue),
        units: exactInteger(row?.units),
      };
    };
    const before = await platformDay('2025-03-22');
    const sell = async (who: Headers, priceCents: number) => {
      const p = await ok(
        call('POST', '/api/v1/parts', who, {
          name: 'SSD',
          category: 'storage',
          costCents: 1000,
          acquiredAt: '2025-03-21',
        }),
        201,
      );
      return ok(
        call('POST', '/api/v1/sales', who, { partId: p.id, priceCents, feesCents: 0, soldAt: '2025-03-22' }),
        201,
      );
    };
    await sell(alice, 4000);
    const bobSale = await sell(bob, 6000);
    expect(await platformDay('2025-03-22')).toEqual({
      sales: before.sales + 2,
      revenue: before.revenue + 10000,
      units: before.units,
    });
    // A correction moves the sale to another day: it leaves one platform day and joins the other.
    await ok(call('PATCH', `/api/v1/sales/${bobSale.id}`, bob, { soldAt: '2025-03-23' }));
    expect(await platformDay('2025-03-22')).toMatchObject({
      sales: before.sales + 1,
      revenue: before.revenue + 4000,
    });
    expect((await platformDay('2025-03-23')).revenue).toBeGreaterThanOrEqual(6000);
    expect(await findPlatformDrift(db, '2000-01-01', '2100-12-31')).toEqual([]);

    // A deleted account takes its figures out of the platform's (the cascade fires the triggers too).
    const bobUnits = exactInteger(
      (
        await queryRows<{ n: unknown }>(
          db,
          sql`select count(*) as n from part where owner_id = ${users.bob.id}`,
        )
      )[0]?.n,
    );
    const [total] = await queryRows<{ n: unknown }>(
      db,
      sql`select sum(purchased_units) as n from platform_daily`,
    );
    await db.execute(sql`delete from "user" where id = ${users.bob.id}`);
    const [after] = await queryRows<{ n: unknown }>(
      db,
      sql`select sum(purchased_units) as n from platform_daily`,
    );
    expect(exactInteger(after?.n)).toBe(exactInteger(total?.n) - bobUnits);
    expect(await findPlatformDrift(db, '2000-01-01', '2100-12-31')).toEqual([]);
  });
  it("keep each sale's days to sell with its day, also when a sold part's purchase date is corrected", async () => {
    const owner = users.alice.id;
    const summary = async () =>
      (await call('GET', '/api/v1/analytics/summary?from=2025-04-10&to=2025-04-10', alice)).json()
        .current as {
        averageDaysToSell: number | null;
        medianDaysToSell: number | null;
      };
    const sold = async (acquiredAt: string) => {
      const p = await ok(
        call('POST', '/api/v1/parts', alice, { name: 'RAM', category: 'memory', costCents: 500, acquiredAt }),
        201,
      );
      await ok(
        call('POST', '/api/v1/sales', alice, {
          partId: p.id,
          priceCents: 900,
          feesCents: 0,
          soldAt: '2025-04-10',
        }),
        201,
      );
      return p.id;
    };
    const first = await sold('2025-04-01');
    await sold('2025-03-31');
    await sold('2025-02-09');
    expect((await dayOf(owner, '2025-04-10'))?.sold_days).toEqual([9, 10, 60]);
    expect(await summary()).toMatchObject({ averageDaysToSell: 26.3, medianDaysToSell: 10 });

    // The purchase was in fact a month earlier: the sale's day follows at once.
    await ok(call('PATCH', `/api/v1/parts/${first}`, alice, { acquiredAt: '2025-03-01' }));
    expect((await dayOf(owner, '2025-04-10'))?.sold_days).toEqual([10, 40, 60]);
    expect(await summary()).toMatchObject({ averageDaysToSell: 36.7, medianDaysToSell: 40 });
    expect(await findDrift(ctx.database.db, '2000-01-01', '2100-12-31')).toEqual([]);
  });

  it("keep each purchase day's parts sold and held through sales, voids, restocks and archiving", async () => {
    const owner = users.alice.id;
    const bought = '2024-08-05';
    const sellThrough = async () =>
      (await call('GET', `/api/v1/analytics/summary?from=${bought}&to=${bought}`, alice)).json().current
        .sellThrough as number | null;
    const counts = async () => {
      const day = await dayOf(owner, bought);
      return { sold: day?.acquired_sold_units, held: day?.acquired_held_units };
    };
    const first = await buy(bought, 1);
    const second = await buy(bought, 2);
    const third = await buy(bought, 3);
    const sell = (partId: number, soldAt: string) =>
      ok(call('POST', '/api/v1/sales', alice, { partId, priceCents: 5000, feesCents: 0, soldAt }), 201);
    expect(await counts()).toEqual({ sold: 0, held: 3 });

    const sale = await sell(first.id, '2024-08-20');
    expect(await counts()).toEqual({ sold: 1, held: 2 });
    expect(await sellThrough()).toBe(0.3333);
    await ok(call('POST', `/api/v1/sales/${sale.id}/void`, alice, { reason: 'Entered twice' }));
    expect(await counts()).toEqual({ sold: 0, held: 3 });

    const returned = await sell(second.id, '2024-08-21');
    await ok(
      call('POST', `/api/v1/sales/${returned.id}/refund`, alice, {
        amountCents: 5000,
        restock: true,
        refundedAt: '2024-08-25',
      }),
    );
    expect(await counts()).toEqual({ sold: 0, held: 3 });

    await sell(third.id, '2024-08-22');
    await ok(call('POST', '/api/v1/parts/bulk', alice, { ids: [second.id], action: 'archive' }));
    expect(await counts()).toEqual({ sold: 1, held: 1 });
    expect(await sellThrough()).toBe(0.5);
    await ok(call('PATCH', `/api/v1/parts/${second.id}`, alice, { status: 'in_stock' }));
    await ok(
      call('POST', '/api/v1/parts/bulk', alice, { ids: [first.id], action: 'set_status', status: 'testing' }),
    );
    expect(await counts()).toEqual({ sold: 1, held: 2 });
    expect(await findDrift(ctx.database.db, '2000-01-01', '2100-12-31')).toEqual([]);
  });

  it('keep stock on hand by status through status edits, listings, builds, bulk moves and a sale', async () => {
    const owner = users.alice.id;
    const bought = '2025-03-03';
    const [first, second, third] = [await buy(bought, 11), await buy(bought, 12), await buy(bought, 13)];
    /** Stock on hand as the summary answers it, and as the parts are. */
    const stock = async () => {
      const summary = await ok(call('GET', '/api/v1/analytics/summary', alice));
      const parts = await queryRows<{ status: string; units: number; valueCents: number }>(
        ctx.database.db,
        sql`select status, count(*)::int as units, sum(cost_cents)::int as "valueCents" from part
          where owner_id = ${owner} and status in ('in_stock', 'testing', 'in_build', 'listed', 'rma')
          group by status order by status`,
      );
      expect((summary as unknown as { stock: { byStatus: unknown } }).stock.byStatus).toEqual(parts);
      expect(await findDrift(ctx.database.db, bought, bought)).toEqual([]);
      return Object.fromEntries(parts.map((p) => [p.status, p.units]));
    };
    const before = await stock();
    const inStock = before.in_stock ?? 0;

    await ok(call('PATCH', `/api/v1/parts/${first.id}`, alice, { status: 'testing' }));
    expect(await stock()).toMatchObject({ testing: (before.testing ?? 0) + 1, in_stock: inStock - 1 });

    const listing = await ok(
      call('POST', '/api/v1/listings', alice, {
        partId: second.id,
        platform: 'ebay',
        title: 'RAM',
        priceCents: 900,
      }),
      201,
    );
    await ok(call('POST', `/api/v1/listings/${listing.id}/activate`, alice));
    expect(await stock()).toMatchObject({ listed: (before.listed ?? 0) + 1 });
    await ok(call('POST', `/api/v1/listings/${listing.id}/end`, alice));
    expect(await stock()).toMatchObject({ in_stock: inStock - 1 });

    const build = await ok(call('POST', '/api/v1/builds', alice, { name: 'Office PC' }), 201);
    await ok(call('POST', `/api/v1/builds/${build.id}/parts`, alice, { partId: third.id }));
    expect(await stock()).toMatchObject({ in_build: (before.in_build ?? 0) + 1 });
    await ok(call('DELETE', `/api/v1/builds/${build.id}/parts/${third.id}`, alice));
    await ok(call('POST', `/api/v1/builds/${build.id}/parts`, alice, { partId: third.id }));
    await ok(call('POST', `/api/v1/builds/${build.id}/part-out`, alice));
    expect(await stock()).toMatchObject({ in_stock: inStock - 1 });

    await ok(
      call('POST', '/api/v1/parts/bulk', alice, {
        ids: [second.id, third.id],
        action: 'set_status',
        status: 'rma',
      }),
    );
    expect(await stock()).toMatchObject({ rma: (before.rma ?? 0) + 2, in_stock: inStock - 3 });
    await ok(
      call('POST', '/api/v1/sales', alice, {
        partId: first.id,
        priceCents: 500,
        feesCents: 0,
        soldAt: TODAY,
      }),
      201,
    );
    expect((await stock()).testing ?? 0).toBe(before.testing ?? 0);
  });

  it('fold a day into one platform row while its owner writes it, losing nothing', async () => {
    const db = ctx.database.db;
    const day = '2025-02-14';
    const rowsOfDay = async () =>
      (
        await queryRows<{ rows: number; units: number }>(
          db,
          sql`select count(*)::int as rows, coalesce(sum(purchased_units), 0)::int as units
            from platform_daily where day = ${day}`,
        )
      )[0];
    await Promise.all([
      ...Array.from({ length: 16 }, (_, i) => buy(day, i)),
      ...Array.from({ length: 4 }, () =>
        db.transaction((tx) => foldPlatformDays(tx, { from: day, to: day })),
      ),
    ]);
    await db.transaction((tx) => foldPlatformDays(tx, { from: day, to: day }));
    expect(await rowsOfDay()).toEqual({ rows: 1, units: 16 });
    expect(await findPlatformDrift(db, day, day)).toEqual([]);
    // A write after the fold starts its owner's shard row again; the day still sums right.
    await buy(day, 16);
    expect((await rowsOfDay())?.units).toBe(17);
    expect(await findPlatformDrift(db, day, day)).toEqual([]);
  });

  it("stay exact while one owner's parts of a day are created at once and one of them is edited", async () => {
    const day = '2025-02-20';
    const first = await buy(day, 0);
    // Creations add to their connections' rows of the day; each edit recomputes the day into one row.
    for (const round of [1, 2, 3]) {
      await Promise.all([
        ...Array.from({ length: 24 }, (_, i) => buy(day, round * 100 + i)),
        ...[1000, 2000, 3000, 4000].map((costCents) =>
          ok(call('PATCH', `/api/v1/parts/${first.id}`, alice, { costCents: costCents + round })),
        ),
      ]);
    }
    expect(await findDrift(ctx.database.db, day, day)).toEqual([]);
    expect(await dayOf(users.alice.id, day)).toMatchObject({ purchased_units: 73 });
  });

  it('recompute a day exactly while a creation that adds to one of its rows is still committing', async () => {
    const db = ctx.database.db;
    const owner = users.alice.id;
    const day = '2025-02-24';
    // Every connection's row of the day exists (empty), so the creation below updates one, as a busy day's do.
    await db.execute(sql`insert into analytics_daily (owner_id, day, shard)
      select ${owner}, ${day}, k from generate_series(1, 8) as k`);
    let commit = () => {};
    const committed = new Promise<void>((resolve) => {
      commit = resolve;
    });
    let created = () => {};
    const inserted = new Promise<void>((resolve) => {
      created = resolve;
    });
    // A creation as the hot path makes it (the part and its day in one statement), kept open a moment.
    const creation = db.transaction(async (tx) => {
      await tx.execute(sql`
        with inserted as (insert into part (owner_id, name, category, cost_cents, acquired_at)
          values (${owner}, 'SSD', 'storage', 4200, ${day}) returning *),
        counted as (${addPurchaseSql(sql`inserted`)})
        select count(*) from counted`);
      created();
      await committed;
    });
    await inserted;
    const recompute = db.transaction((tx) => recomputeDays(tx, owner, [day]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    commit();
    await Promise.all([creation, recompute]);
    expect(await findDrift(db, day, day)).toEqual([]);
    expect(await dayOf(owner, day)).toMatchObject({ purchased_units: 1, purchases_cents: 4200 });
  });
});
