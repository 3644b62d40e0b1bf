import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixedClock, systemClock } from '../core/clock';
import { openDatabase, queryRows } from '../db/client';
import { findDrift, findPlatformDrift } from '../modules/analytics/reconcile';
import { signUpAdmin } from '../test/admin';
import type { TestContext } from '../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../test/app-with-users';
import { createTestDatabase } from '../test/postgres';
import { bearerFor, type TestUser } from '../test/users';
import { reconcileAnalyticsJob } from './reconcile-analytics.job';
import { type Job, runJob } from './runner';
import { startScheduler } from './scheduler';

const clock = fixedClock('2025-06-11T12:00:00Z');
let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let admin: Headers;
let call: Call;
let users: { alice: TestUser; bob: TestUser };

beforeAll(async () => {
  ({ ctx, alice, bob, call, users } = await appWithTwoUsers({}, { clock }));
  admin = await bearerFor(ctx.app, await signUpAdmin(ctx));
});
afterAll(() => ctx.close());

async function sell(who: Headers, soldAt: string, priceCents: number) {
  const part = (
    await call('POST', '/api/v1/parts', who, {
      name: 'GPU',
      category: 'gpu',
      costCents: 1000,
      acquiredAt: '2025-06-01',
    })
  ).json();
  const res = await call('POST', '/api/v1/sales', who, { partId: part.id, priceCents, feesCents: 0, soldAt });
  expect(res.statusCode, res.body).toBe(201);
}

describe('scheduled jobs', () => {
  it('the nightly reconcile finds a planted drift, repairs it from the ledger and records it', async () => {
    await sell(alice, '2025-06-10', 5000);
    await sell(bob, '2025-06-09', 7000);
    const db = ctx.database.db;
    await db.execute(sql`update analytics_daily set revenue_cents = revenue_cents + 1
      where owner_id = ${users.alice.id} and day = '2025-06-10'`);
    await db.execute(
      sql`delete from analytics_daily where owner_id = ${users.bob.id} and day = '2025-06-09'`,
    );
    // And a hand edit of the platform's figures, which only the platform check can see.
    await db.execute(sql`update platform_daily set sales_count = sales_count + 5
      where (day, shard) = (select day, shard from platform_daily where day = '2025-06-10' limit 1)`);
    // And an activity day that lost its previous day (the active-user counts would count bob twice).
    await db.execute(sql`insert into user_activity (user_id, day) values
      (${users.bob.id}, '2025-06-08'), (${users.bob.id}, '2025-06-10') on conflict do nothing`);
    await db.execute(sql`update user_activity set previous_day = null
      where user_id = ${users.bob.id} and day = '2025-06-10'`);
    // Bob's month's days to sell no longer match his days' either (their lists are the only figure of a month
    // that its days' writers set, not the triggers).
    expect((await findDrift(db, '2025-06-08', '2025-06-10')).map((d) => d.day)).toEqual([
      '2025-06-09',
      '2025-06-10',
      '2025-06',
    ]);
    expect(await findPlatformDrift(db, '2025-06-08', '2025-06-10')).toHaveLength(1);
    const month = async () =>
      (await call('GET', '/api/v1/analytics/summary?from=2025-06-01&to=2025-06-30', alice)).json().current
        .revenueCents;
    expect(await month()).toBe(5001);

    const res = await call('POST', '/api/v1/admin/jobs/reconcile-analytics/run', admin);
    expect(res.statusCode, res.body).toBe(200);
    const [run] = res.json().runs;
    expect(run).toMatchObject({ job: 'reconcile-analytics', outcome: 'ok', rows: 5, error: null });
    expect(run.detail).toContain('2 owner-day(s) that differed from the ledger');
    expect(run.detail).toContain('1 owner-month(s) that differed from their days');
    expect(run.detail).toContain('1 activity day(s) whose previous active day was stale');
    expect(run.detail).toContain('revenue_cents 5001 → 5000');
    expect(run.detail).toContain('revenue_cents 0 → 7000');
    expect(run.detail).toContain('2025-06-10 platform: sales_count 6 → 1');
    expect(await findDrift(db, '2025-06-08', '2025-06-10')).toEqual([]);
    expect(await findPlatformDrift(db, '2025-06-08', '2025-06-10')).toEqual([]);
    expect(await month()).toBe(5000);
    const [repaired] = await queryRows<{ previous: string | null }>(
      db,
      sql`select to_char(previous_day, 'YYYY-MM-DD') as previous from user_activity
        where user_id = ${users.bob.id} and day = '2025-06-10'`,
    );
    expect(repaired?.previous).toBe('2025-06-08');

    // The same minute again: already done, so a second process (or click) does not run it twice.
    expect((await call('POST', '/api/v1/admin/jobs/reconcile-analytics/run', admin)).statusCode).toBe(409);
    clock.set('2025-06-11T12:01:00Z');
    // A part bought on a past day adds to a row of its own beside the day's; the run folds it in (no drift).
    const bought = await call('POST', '/api/v1/parts', bob, {
      name: 'PSU',
      category: 'psu',
      costCents: 3000,
      acquiredAt: '2025-06-09',
    });
    expect(bought.statusCode).toBe(201);
    const bobsDay = () =>
      queryRows<{ rows: number; units: number }>(
        db,
        sql`select count(*)::int as rows, sum(purchased_units)::int as units from analytics_daily
          where owner_id = ${users.bob.id} and day = '2025-06-09'`,
      );
    expect(await bobsDay()).toEqual([{ rows: 2, units: 1 }]);
    // Two more rows of one day that cancel out (no drift): the run folds each day of its window into one row.
    await db.execute(sql`insert into platform_daily as p (day, shard, sales_count)
      values ('2025-06-09', 14, 2), ('2025-06-09', 15, -2)
      on conflict (day, shard) do update set sales_count = p.sales_count + excluded.sales_count`);
    const platformDays = () =>
      queryRows<{ day: string; rows: number; sales: number; active: number }>(
        db,
        sql`select to_char(day, 'YYYY-MM-DD') as day, count(*)::int as rows, sum(sales_count)::int as sales,
          sum(active_users)::int as active
        from platform_daily where day between '2025-06-08' and '2025-06-10' group by day order by day`,
      );
    expect((await platformDays()).find((d) => d.day === '2025-06-09')?.rows).toBeGreaterThan(1);
    const quiet = await call('POST', '/api/v1/admin/jobs/reconcile-analytics/run', admin);
    expect(quiet.json().runs[0]).toMatchObject({
      outcome: 'ok',
      rows: 0,
      detail: expect.stringContaining('No drift'),
    });
    expect(await platformDays()).toEqual([
      { day: '2025-06-08', rows: 1, sales: 0, active: 1 },
      { day: '2025-06-09', rows: 1, sales: 1, active: 0 },
      { day: '2025-06-10', rows: 1, sales: 1, active: 1 },
    ]);
    expect(await findPlatformDrift(db, '2025-06-08', '2025-06-10')).toEqual([]);
    expect(await bobsDay()).toEqual([{ rows: 1, units: 1 }]);
    const listed = (await call('GET', '/api/v1/admin/jobs', admin)).json();
    expect(listed.jobs).toEqual([
      { name: 'reconcile-analytics', schedule: '15 3 * * *' },
      { name: 'prune-ai-cache', schedule: '45 3 * * *' },
    ]);
    expect(listed.runs).toHaveLength(2);
  });

  it("repairs an owner's month that differs from its days; a creation's own row is read beside its month", async () => {
    const db = ctx.database.db;
    const june = async (who: typeof bob) =>
      (await call('GET', '/api/v1/analytics/summary?from=2025-06-01&to=2025-06-30', who)).json().current;
    const month = async () =>
      (
        await queryRows<{ revenue: number; purchases: number }>(
          db,
          sql`select revenue_cents::int as revenue, purchases_cents::int as purchases from analytics_monthly
            where owner_id = ${users.bob.id} and month = '2025-06-01'`,
        )
      )[0];
    // A whole month is read from its month's row: a hand edit there shows in the answer.
    await db.execute(sql`update analytics_monthly set revenue_cents = revenue_cents + 3
      where owner_id = ${users.bob.id} and month = '2025-06-01'`);
    const before = await june(bob);
    expect(before.revenueCents).toBe(7003);
    expect((await findDrift(db, '2025-06-08', '2025-06-10')).map((d) => d.day)).toEqual(['2025-06']);
    // A part bought on a past day adds to a row of its own, not to its month: the answer reads it beside.
    const bought = await call('POST', '/api/v1/parts', bob, {
      name: 'Fan',
      category: 'cooler',
      costCents: 1200,
      acquiredAt: '2025-06-09',
    });
    expect(bought.statusCode).toBe(201);
    expect(await month()).toEqual({ revenue: 7003, purchases: before.purchasesCents });
    expect((await june(bob)).purchasesCents).toBe(before.purchasesCents + 1200);

    clock.set('2025-06-11T12:02:00Z'); // the next minute's run (the same day: no new activity)
    const res = await call('POST', '/api/v1/admin/jobs/reconcile-analytics/run', admin);
    const [run] = res.json().runs;
    expect(run).toMatchObject({ outcome: 'ok', rows: 1 });
    expect(run.detail).toContain(`2025-06 owner ${users.bob.id}: revenue_cents 7003 → 7000`);
    // The run recomputed the day (its creation's row folded in), and the month took it.
    expect(await month()).toEqual({ revenue: 7000, purchases: before.purchasesCents + 1200 });
    expect(await june(bob)).toMatchObject({
      revenueCents: 7000,
      purchasesCents: before.purchasesCents + 1200,
    });
    expect(await findDrift(db, '2025-06-01', '2025-06-30')).toEqual([]);
  });

  it('records a failed run with its error, and the work of a failed run is rolled back', async () => {
    const failing: Job = {
      name: 'failing',
      schedule: '* * * * *',
      async run({ tx }) {
        await tx.execute(sql`update analytics_daily set revenue_cents = 0`);
        throw new Error('planned failure');
      },
    };
    expect(await runJob(ctx.database.db, clock, failing)).toBe('failed');
    expect(await findDrift(ctx.database.db, '2000-01-01', '2100-01-01')).toEqual([]);
    const runs = (await call('GET', '/api/v1/admin/jobs', admin)).json().runs;
    expect(runs.find((r: { job: string }) => r.job === 'failing')).toMatchObject({
      outcome: 'failed',
      error: 'planned failure',
    });
  });

  it('runs a job once when two processes fire it together', async () => {
    let runs = 0;
    const slow: Job = {
      name: 'slow',
      schedule: '* * * * *',
      async run({ tx }) {
        runs += 1;
        await tx.execute(sql`select pg_sleep(0.3)`);
        return { rows: 1 };
      },
    };
    const url = process.env.TEST_DATABASE_URL;
    if (url) {
      // Two server processes: two pools on one PostgreSQL database.
      const created = await createTestDatabase(url, inject('postgresTemplate'));
      const one = await openDatabase({ kind: 'postgres', url: created.url, poolSize: 2 });
      const two = await openDatabase({ kind: 'postgres', url: created.url, poolSize: 2 });
      try {
        const outcomes = await Promise.all([runJob(one.db, clock, slow), runJob(two.db, clock, slow)]);
        expect(outcomes.sort()).toEqual(['ok', 'skipped']);
        // The other process fires a little late, after the first committed: the slot is done.
        expect(await runJob(two.db, clock, slow)).toBe('skipped');
        expect(await runJob(one.db, clock, reconcileAnalyticsJob())).toBe('ok');
      } finally {
        await one.close();
        await two.close();
        await created.drop();
      }
    } else {
      // PGlite: one process, the same jobs.
      const outcomes = await Promise.all([
        runJob(ctx.database.db, clock, slow),
        runJob(ctx.database.db, clock, slow),
      ]);
      expect(outcomes.sort()).toEqual(['ok', 'skipped']);
    }
    expect(runs).toBe(1);
  });
});

describe('the scheduler', () => {
  it('fires each job on its cron pattern in this process, and stops', async () => {
    let fired = 0;
    const tick: Job = {
      name: 'tick',
      schedule: '* * * * * *', // every second
      async run() {
        fired += 1;
        return { rows: 0 };
      },
    };
    const scheduler = startScheduler(ctx.database.db, systemClock, [tick], () => {});
    try {
      for (let i = 0; i < 40 && fired === 0; i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      scheduler.stop();
    }
    expect(fired).toBeGreaterThanOrEqual(1);
    const [row] = await queryRows<{ outcome: string }>(
      ctx.database.db,
      sql`select outcome from job_run where job = 'tick' limit 1`,
    );
    expect(row?.outcome).toBe('ok');
  });
});

describe('admin analytics', () => {
  it('answers platform aggregates to admins, records activity once a day, and 403s users', async () => {
    for (const url of ['/api/v1/admin/analytics', '/api/v1/admin/jobs']) {
      const res = await call('GET', url, alice);
      expect(res.statusCode, url).toBe(403);
    }
    expect((await call('POST', '/api/v1/admin/jobs/reconcile-analytics/run', alice)).statusCode).toBe(403);

    const res = await call('GET', '/api/v1/admin/analytics?from=2025-06-01&to=2025-06-11', admin);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({
      users: {
        total: 3,
        dailyActive: 3,
        weeklyActive: 3,
        monthlyActive: 3,
        byPlan: [{ plan: 'free', users: 3 }],
      },
      mrrCents: 0,
      assistantTokens: { total: 0, byFeature: [] },
      sales: { count: 2, volumeCents: 12000 },
      partsTracked: 4, // two GPUs sold, a PSU and a fan
    });
    expect(a.daily).toHaveLength(11);
    expect(a.daily.find((d: { day: string }) => d.day === '2025-06-09')).toMatchObject({
      salesCount: 1,
      volumeCents: 7000,
    });
    // Aggregates only: no user's id, name or records in the answer.
    expect(res.body).not.toContain(users.alice.id);
    expect(res.body).not.toContain('GPU');
    const [seen] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from user_activity where user_id = ${users.alice.id}`,
    );
    expect(seen?.n).toBe(1);
  });

  it('counts daily, weekly and monthly actives over the day, the 7 days and the 30 days ending on the range end', async () => {
    // to = 2025-05-31: alice that day and 3 days before (counted once), bob 20 days before, the admin 30 days
    // before (outside every window).
    const adminId = (await call('GET', '/api/v1/me', admin)).json().id as string;
    await ctx.database.db.execute(sql`insert into user_activity (user_id, day) values
      (${users.alice.id}, '2025-05-31'), (${users.alice.id}, '2025-05-28'), (${users.bob.id}, '2025-05-11'),
      (${adminId}, '2025-05-01') on conflict do nothing`);
    const at = async (to: string) =>
      (await call('GET', `/api/v1/admin/analytics?from=2025-05-01&to=${to}`, admin)).json().users;
    expect(await at('2025-05-31')).toMatchObject({ dailyActive: 1, weeklyActive: 1, monthlyActive: 2 });
    expect(await at('2025-05-30')).toMatchObject({ dailyActive: 0, weeklyActive: 1, monthlyActive: 3 });
    expect(await at('2025-05-17')).toMatchObject({ dailyActive: 0, weeklyActive: 1, monthlyActive: 2 });
  });

  it('counts sign-ups by their UTC day: in the range, to its last millisecond, and per day', async () => {
    await ctx.database.db.execute(sql`update "user" set created_at = case id
      when ${users.alice.id} then '2025-04-30T23:59:59.999Z'::timestamptz
      when ${users.bob.id} then '2025-04-01T00:00:00Z'::timestamptz
      else '2025-05-01T00:00:00Z'::timestamptz end`);
    const april = (await call('GET', '/api/v1/admin/analytics?from=2025-04-01&to=2025-04-30', admin)).json();
    expect(april.users).toMatchObject({ total: 3, newInRange: 2 });
    const signUps = (a: { daily: { day: string; signUps: number }[] }) =>
      a.daily.filter((d) => d.signUps > 0).map((d) => [d.day, d.signUps]);
    expect(signUps(april)).toEqual([
      ['2025-04-01', 1],
      ['2025-04-30', 1],
    ]);
    const may = (await call('GET', '/api/v1/admin/analytics?from=2025-05-01&to=2025-05-01', admin)).json();
    expect(may.users.newInRange).toBe(1);
    expect(signUps(may)).toEqual([['2025-05-01', 1]]);
  });
});
