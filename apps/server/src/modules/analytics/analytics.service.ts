import {
  AGING_BUCKETS,
  type Aging,
  type AnalyticsRange,
  type AnalyticsSummary,
  type Breakdown,
  type BreakdownQuery,
  type BuildsAnalytics,
  daysBetween,
  type Timeseries,
  type TimeseriesQuery,
} from '@partwise/shared';
import { sql } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import type { ServiceDeps } from '../../core/service-deps';
import { queryRows } from '../../db/client';
import { exactInteger } from '../../db/sums';
import type { JsonText } from '../../http/serializer';
import { partOutValues, soldBuilds } from './analytics.builds';
import { daysToSellSql, prepareSummary } from './analytics.figures';
import { ratioOf, resolveRange } from './analytics.range';
import { prepareSeries } from './analytics.series';

/** Where a sale's group comes from: the sale, or its part (a build's sales have no part). */
const GROUP_SQL: Record<BreakdownQuery['by'], string> = {
  platform: 's.platform',
  category: "case when s.build_id is not null then 'build' else p.category end",
  source: 'p.source',
  condition: 'p.condition',
  grade: 'p.grade::text',
};

/**
 * The owner's numbers over time. Money sums come from analytics_daily (kept by the writes, so exactly the
 * ledger: see aggregates.ts); counts of days and groups come from the ledger itself.
 */
export function createAnalyticsService({ db, clock }: ServiceDeps) {
  const series = prepareSeries(db);
  const summaryOf = prepareSummary(db);
  return {
    async summary(caller: Caller, q: AnalyticsRange): Promise<AnalyticsSummary> {
      const who = acting(caller, clock);
      return summaryOf(who, resolveRange(who, q));
    },

    /** The series as JSON text written by PostgreSQL (analytics.series.ts); sent as is. */
    async timeseries(caller: Caller, q: TimeseriesQuery): Promise<JsonText<Timeseries>> {
      const who = acting(caller, clock);
      const { from, to } = resolveRange(who, q, q.granularity);
      return series[q.granularity](who, from, to);
    },

    async breakdown(caller: Caller, q: BreakdownQuery): Promise<Breakdown> {
      const who = acting(caller, clock);
      const { from, to } = resolveRange(who, q);
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select ${sql.raw(GROUP_SQL[q.by])} as key, count(*)::int as sales,
            sum(s.price_cents)::bigint as revenue,
            sum(s.price_cents - s.fees_cents - s.shipping_cents - s.cogs_cents - s.refunded_cents
              + s.cogs_returned_cents)::bigint as profit,
            sum(s.cogs_cents - s.cogs_returned_cents)::bigint as cost,
            avg(${daysToSellSql})::float8 as days
          from sale s left join part p on p.id = s.part_id and p.owner_id = s.owner_id
          where s.owner_id = ${who.ownerId} and s.sold_at between ${from} and ${to} and s.voided_at is null
          group by 1 order by 4 desc, 1 nulls last`,
      );
      return {
        by: q.by,
        from,
        to,
        groups: rows.map((r) => {
          const profitCents = exactInteger(r.profit);
          return {
            key: r.key == null ? null : String(r.key),
            salesCount: Number(r.sales),
            revenueCents: exactInteger(r.revenue),
            profitCents,
            roi: ratioOf(profitCents, exactInteger(r.cost)),
            averageDaysToSell: r.days == null ? null : Math.round(Number(r.days) * 10) / 10,
          };
        }),
      };
    },

    async aging(caller: Caller): Promise<Aging> {
      const who = acting(caller, clock);
      const unsold = sql`owner_id = ${who.ownerId} and status in ('in_stock','testing','in_build','listed')`;
      const [buckets, oldest] = await Promise.all([
        queryRows<{ bucket: string; units: number; cost: unknown }>(
          db,
          sql`select case when d <= 30 then '0-30' when d <= 60 then '31-60' when d <= 90 then '61-90'
              when d <= 180 then '91-180' else '181+' end as bucket,
              count(*)::int as units, sum(cost_cents)::bigint as cost
            from (select ${who.today}::date - acquired_at as d, cost_cents from part where ${unsold}) as x
            group by 1`,
        ),
        queryRows<{
          id: unknown;
          name: string;
          status: Aging['oldest'][number]['status'];
          acquired: string;
          cost: number;
        }>(
          db,
          sql`select id, name, status, to_char(acquired_at, 'YYYY-MM-DD') as acquired, cost_cents as cost
            from part where ${unsold} order by acquired_at, id limit 20`,
        ),
      ]);
      const found = new Map(buckets.map((b) => [b.bucket, b]));
      return {
        today: who.today,
        buckets: AGING_BUCKETS.map((bucket) => ({
          bucket,
          units: found.get(bucket)?.units ?? 0,
          costCents: exactInteger(found.get(bucket)?.cost ?? 0),
        })),
        oldest: oldest.map((p) => ({
          id: exactInteger(p.id),
          name: p.name,
          status: p.status,
          acquiredAt: p.acquired,
          daysHeld: Math.max(0, daysBetween(p.acquired, who.today)),
          costCents: p.cost,
          link: `/inventory/${exactInteger(p.id)}`,
        })),
      };
    },

    async builds(caller: Caller, q: AnalyticsRange): Promise<BuildsAnalytics> {
      const who = acting(caller, clock);
      const range = resolveRange(who, q);
      const sold = await soldBuilds(db, who.ownerId, range);
      const values = await partOutValues(
        db,
        who.ownerId,
        sold.map((b) => b.saleId),
      );
      return {
        ...range,
        builds: sold.map((b) => ({
          ...b,
          partOut: values.get(b.saleId) ?? { pricedParts: 0, unpricedParts: 0, valueCents: null },
        })),
      };
    },
  };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
