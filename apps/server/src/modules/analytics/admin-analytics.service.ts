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
import { type DbOrTx, queryRows } from '../../db/client';
import { jobRun } from '../../db/schema';
import { exactInteger } from '../../db/sums';
import type { Job } from '../../jobs/runner';
import { runJob } from '../../jobs/runner';
import { monthlyRecurringRevenueCents } from '../billing/mrr';
import { resolveRange } from './analytics.range';

/** Users by the plan that applies now: an admin's comp plan while it lasts, else the live paid one, else free. */
async function usersByPlan(db: DbOrTx, now: Date): Promise<AdminAnalytics['users']['byPlan']> {
  const rows = await queryRows<{ plan: string; users: number }>(
    db,
    sql`select coalesce(
          case when s.comp_plan is not null and s.comp_until > ${now.toISOString()} then s.comp_plan end,
          case when s.status in ('active', 'trialing', 'past_due') then s.plan end,
          'free') as plan, count(*)::int as users
        from "user" u left join subscription s on s.user_id = u.id
        group by 1 order by 1`,
  );
  return rows.map((r) => ({ plan: r.plan as PlanId, users: r.users }));
}

/** Assistant tokens (input and output) used in the range, by feature. */
async function assistantTokens(
  db: DbOrTx,
  from: string,
  to: string,
): Promise<AdminAnalytics['assistantTokens']> {
  const rows = await queryRows<{ feature: string; tokens: unknown }>(
    db,
    sql`select feature, sum(input_tokens + output_tokens)::bigint as tokens from ai_usage
      where (created_at at time zone 'UTC')::date between ${from} and ${to} group by 1 order by 2 desc`,
  );
  const byFeature = rows.map((r) => ({ feature: r.feature, tokens: exactInteger(r.tokens) }));
  return { total: byFeature.reduce((sum, f) => sum + f.tokens, 0), byFeature };
}

/** Platform-wide numbers for admins: sums and counts over every user, never one user's records. */
export function createAdminAnalyticsService(
  { db, clock }: ServiceDeps,
  jobs: readonly Job[],
  config: Config,
) {
  return {
    async analytics(caller: Caller, q: AnalyticsRange): Promise<AdminAnalytics> {
      // An admin's own calendar picks the default range; days are the ledger's (each owner's) dates.
      const who = acting(caller, clock);
      const { from, to } = resolveRange(who, q, 'day');
      const [[users], [active], [parts], daily, byPlan, mrrCents, tokens] = await Promise.all([
        queryRows<Record<string, unknown>>(
          db,
          sql`select count(*)::int as total,
              count(*) filter (where (created_at at time zone 'UTC')::date between ${from} and ${to})::int as new_in_range
            from "user"`,
        ),
        // Daily, weekly and monthly actives in one pass over the month's activity: each user's last day in it.
        queryRows<Record<string, unknown>>(
          db,
          sql`select count(*) filter (where last = ${to})::int as dau,
              count(*) filter (where last >= ${addDays(to, -6)})::int as wau, count(*)::int as mau
            from (select user_id, max(day) as last from user_activity
              where day between ${addDays(to, -29)} and ${to} group by user_id) as month`,
        ),
        // Every part ever recorded is counted once on its acquired day (archived and sold ones included).
        queryRows<{ n: unknown }>(
          db,
          sql`select coalesce(sum(purchased_units), 0)::bigint as n from platform_daily`,
        ),
        // One pass over the range's platform figures, grouped by day; the range's totals are their sum.
        queryRows<Record<string, unknown>>(
          db,
          sql`select to_char(d, 'YYYY-MM-DD') as day, coalesce(a.n, 0)::bigint as n,
              coalesce(a.volume, 0)::bigint as volume, coalesce(a.active, 0)::int as active
            from generate_series(${from}::date, ${to}::date, interval '1 day') as d
            left join (select day, sum(sales_count) as n, sum(revenue_cents) as volume, sum(active_users) as active
              from platform_daily where day between ${from} and ${to} group by day) as a on a.day = d::date
            order by d`,
        ),
        usersByPlan(db, who.now),
        monthlyRecurringRevenueCents(db, config),
        assistantTokens(db, from, to),
      ]);
      const days = daily.map((d) => ({
        day: String(d.day),
        salesCount: exactInteger(d.n),
        volumeCents: exactInteger(d.volume),
        activeUsers: Number(d.active),
      }));
      const total = Number(users?.total ?? 0);
      return {
        from,
        to,
        users: {
          total,
          newInRange: Number(users?.new_in_range ?? 0),
          dailyActive: Number(active?.dau ?? 0),
          weeklyActive: Number(active?.wau ?? 0),
          monthlyActive: Number(active?.mau ?? 0),
          byPlan,
        },
        mrrCents,
        assistantTokens: tokens,
        sales: {
          count: days.reduce((sum, d) => sum + d.salesCount, 0),
          volumeCents: days.reduce((sum, d) => sum + d.volumeCents, 0),
        },
        partsTracked: exactInteger(parts?.n ?? 0),
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
