import {
  type AdminAnalytics,
  type AnalyticsRange,
  addDays,
  type JobRunList,
  type PlanId,
} from '@partwise/shared';
import { desc, sql } from 'drizzle-orm';
import type { Config } from '../../config';
import { acting, type Caller } from '../../core/caller';
import { AppError } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { type Db, prepareRows } from '../../db/client';
import { jobRun } from '../../db/schema';
import { exactInteger } from '../../db/sums';
import type { Job } from '../../jobs/runner';
import { runJob } from '../../jobs/runner';
import { monthlyRecurringRevenueCents, paidSubscriptionsByPlan } from '../billing/mrr';
import { resolveRange } from './analytics.range';

/** The admin answer's one row: scalars, and each list as JSON arrays of values (one round trip in all). */
interface PlatformRow {
  dau: number;
  wau: number;
  mau: number;
  parts_tracked: unknown;
  by_plan: [string, number][] | null;
  paid_by_plan: [string, number][] | null;
  tokens: [string, unknown][] | null;
  daily: [string, unknown, unknown, number, number][];
}

/**
 * Every platform figure of the range in one statement, prepared once (planning it took a third of the
 * database's time per answer). The users active in a window are the window's activity rows whose user's
 * previous active day is before it (user_activity.previous_day, kept by a trigger). Sign-ups and assistant
 * tokens count by their UTC day: the range's rows found by timestamp bounds, so only they become a day.
 */
function preparePlatformFigures(db: Db) {
  const names = [
    'from',
    'to',
    'week',
    'month',
    'start',
    'end',
    'now',
  ] as const satisfies (keyof PlatformParams)[];
  const [from, to, week, month, start, end, now] = names.map((name) => sql.placeholder(name));
  const figures = sql`
    with sign_ups as (
      select (created_at at time zone 'UTC')::date as day, count(*)::int as n from "user"
      where created_at >= ${start}::timestamptz and created_at < ${end}::timestamptz group by 1),
    actives as (
      select count(*) filter (where day = ${to})::int as dau,
        count(*) filter (where day >= ${week} and (previous_day is null or previous_day < ${week}))::int as wau,
        count(*) filter (where previous_day is null or previous_day < ${month})::int as mau
      from user_activity where day between ${month} and ${to}),
    -- Users by the plan that applies now: an admin's comp plan while it lasts, else the live paid one, else free.
    -- Every user is in exactly one group (a user has at most one subscription row), so they sum to the total.
    plans as (
      select coalesce(
          case when s.comp_plan is not null and s.comp_until > ${now}::timestamptz then s.comp_plan end,
          case when s.status in ('active', 'trialing', 'past_due') then s.plan end,
          'free') as plan, count(*)::int as users
      from "user" u left join subscription s on s.user_id = u.id group by 1),
    paid as (${paidSubscriptionsByPlan}),
    tokens as (
      select feature, sum(input_tokens + output_tokens)::bigint as tokens from ai_usage
      where created_at >= ${start}::timestamptz and created_at < ${end}::timestamptz group by 1),
    -- The range's platform figures per day, zero-filled; the range's totals are their sum.
    days as (
      select day, sum(sales_count)::bigint as n, sum(revenue_cents)::bigint as volume, sum(active_users)::int as active
      from platform_daily where day between ${from} and ${to} group by day),
    -- Sample workshops (loaded to look around, sales dated up to today) are not trade: their sales come off.
    sample_days as (
      select sale.sold_at as day, count(*)::bigint as n, sum(sale.price_cents)::bigint as volume
      from sample_record r join sale on sale.id = r.entity_id
      where r.entity = 'sale' and sale.voided_at is null and sale.sold_at between ${from} and ${to} group by 1)
    select actives.dau, actives.wau, actives.mau,
      -- Every part ever recorded is counted once on its acquired day (archived and sold ones included), but
      -- for the sample workshops' parts.
      (select coalesce(sum(purchased_units), 0)::bigint from platform_daily)
        - (select count(*) from sample_record r join part on part.id = r.entity_id where r.entity = 'part')
        as parts_tracked,
      (select json_agg(json_build_array(plan, users) order by plan) from plans) as by_plan,
      (select json_agg(json_build_array(plan, n)) from paid) as paid_by_plan,
      (select json_agg(json_build_array(feature, tokens) order by tokens desc, feature) from tokens) as tokens,
      (select json_agg(json_build_array(to_char(d, 'YYYY-MM-DD'),
          coalesce(days.n, 0) - coalesce(sample_days.n, 0), coalesce(days.volume, 0) - coalesce(sample_days.volume, 0),
          coalesce(days.active, 0), coalesce(sign_ups.n, 0)) order by d)
        from generate_series(${from}::date, ${to}::date, interval '1 day') as d
        left join days on days.day = d::date left join sample_days on sample_days.day = d::date
        left join sign_ups on sign_ups.day = d::date) as daily
    from actives`;
  return prepareRows<PlatformRow>(
    db,
    'admin_platform_figures',
    ['dau', 'wau', 'mau', 'parts_tracked', 'by_plan', 'paid_by_plan', 'tokens', 'daily'],
    figures,
  );
}

/** The statement's parameters: the range, its last week and month, its UTC bounds, and the moment. */
interface PlatformParams {
  from: string;
  to: string;
  week: string;
  month: string;
  start: string;
  end: string;
  now: string;
}

/** Platform-wide numbers for admins: sums and counts over every user, never one user's records (nor samples). */
export function createAdminAnalyticsService(
  { db, clock }: ServiceDeps,
  jobs: readonly Job[],
  config: Config,
) {
  const platformFigures = preparePlatformFigures(db);
  return {
    async analytics(caller: Caller, q: AnalyticsRange): Promise<AdminAnalytics> {
      // An admin's own calendar picks the default range; days are the ledger's (each owner's) dates.
      const who = acting(caller, clock);
      const { from, to } = resolveRange(who, q, 'day');
      const [row] = await platformFigures.execute({
        from,
        to,
        week: addDays(to, -6),
        month: addDays(to, -29),
        start: `${from}T00:00:00Z`,
        end: `${addDays(to, 1)}T00:00:00Z`,
        now: who.now.toISOString(),
      } satisfies PlatformParams);
      if (!row) throw new Error('the platform figures returned no row');
      const days = row.daily.map(([day, salesCount, volumeCents, activeUsers, signUps]) => ({
        day,
        salesCount: exactInteger(salesCount),
        volumeCents: exactInteger(volumeCents),
        activeUsers,
        signUps,
      }));
      const byFeature = (row.tokens ?? []).map(([feature, tokens]) => ({
        feature,
        tokens: exactInteger(tokens),
      }));
      const paidByPlan = (row.paid_by_plan ?? []).map(([plan, n]) => ({ plan, n }));
      const byPlan = (row.by_plan ?? []).map(([plan, users]) => ({ plan: plan as PlanId, users }));
      return {
        from,
        to,
        users: {
          total: byPlan.reduce((sum, p) => sum + p.users, 0),
          newInRange: days.reduce((sum, d) => sum + d.signUps, 0),
          dailyActive: row.dau,
          weeklyActive: row.wau,
          monthlyActive: row.mau,
          byPlan,
        },
        mrrCents: monthlyRecurringRevenueCents(paidByPlan, config),
        assistantTokens: { total: byFeature.reduce((sum, f) => sum + f.tokens, 0), byFeature },
        sales: {
          count: days.reduce((sum, d) => sum + d.salesCount, 0),
          volumeCents: days.reduce((sum, d) => sum + d.volumeCents, 0),
        },
        partsTracked: exactInteger(row.parts_tracked),
        daily: days,
      };
    },

    async jobRuns(): Promise<JobRunList> {
      const rows = await db.select().from(jobRun).orderBy(desc(jobRun.startedAt), desc(jobRun.id)).limit(100);
      return {
        jobs: jobs.map((j) => ({ name: j.name, schedule: j.schedule })),
        runs: rows.map((r) => ({
          id: r.id,
          job: r.job,
          slot: r.slot.toISOString(),
          startedAt: r.startedAt.toISOString(),
          finishedAt: r.finishedAt?.toISOString() ?? null,
          outcome: r.outcome === 'ok' || r.outcome === 'failed' ? r.outcome : 'skipped',
          rows: r.rows,
          detail: r.detail,
          error: r.error,
        })),
      };
    },

    /** Runs a job now (once across processes, like a scheduled run), and answers the runs. */
    async runNow(name: string): Promise<JobRunList> {
      const job = jobs.find((j) => j.name === name);
      if (!job) throw new AppError('NOT_FOUND', `No job named ${name}`);
      const outcome = await runJob(db, clock, job);
      if (outcome === 'skipped')
        throw new AppError('CONFLICT', 'This job is running in another process, or already ran this minute');
      return this.jobRuns();
    },
  };
}

export type AdminAnalyticsService = ReturnType<typeof createAdminAnalyticsService>;
