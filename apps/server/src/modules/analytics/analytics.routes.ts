import {
  Aging,
  AnalyticsRange,
  AnalyticsSummary,
  Breakdown,
  BreakdownQuery,
  BuildsAnalytics,
  Timeseries,
  TimeseriesQuery,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import { asAnswer } from '../../http/serializer';
import type { AnalyticsService } from './analytics.service';

const tags = ['analytics'];

/** Your numbers: every figure from the same ledger as the P&L, in cents, in your own calendar. */
export const analyticsRoutes: FastifyPluginAsyncZod<{ analytics: AnalyticsService }> = async (
  app,
  { analytics },
) => {
  app.get(
    '/analytics/summary',
    {
      config: { confirmsToken: 'read' },
      schema: {
        tags,
        summary:
          'Profit, sales, days to sell, sell-through and purchases for a range, beside the range before it; stock on hand',
        querystring: AnalyticsRange,
        response: { 200: AnalyticsSummary },
      },
    },
    async (request) => analytics.summary(callerOf(request), request.query),
  );

  app.get(
    '/analytics/timeseries',
    {
      config: { confirmsToken: 'read' },
      schema: {
        tags,
        summary:
          'Figures per day, ISO week (from Monday), month or year of your calendar, every period present (zero when empty); at most 5 years by day',
        querystring: TimeseriesQuery,
        response: { 200: Timeseries },
      },
    },
    async (request) => asAnswer(await analytics.timeseries(callerOf(request), request.query)),
  );

  app.get(
    '/analytics/breakdown',
    {
      schema: {
        tags,
        summary: 'Sales of a range grouped by category, platform, source, condition or grade',
        querystring: BreakdownQuery,
        response: { 200: Breakdown },
      },
    },
    async (request) => analytics.breakdown(callerOf(request), request.query),
  );

  app.get(
    '/analytics/aging',
    {
      schema: {
        tags,
        summary: 'Unsold stock by days held, and the 20 oldest items',
        response: { 200: Aging },
      },
    },
    async (request) => analytics.aging(callerOf(request)),
  );

  app.get(
    '/analytics/builds',
    {
      schema: {
        tags,
        summary:
          'Sold builds: cost, price, fees, profit, days to sell, and what their parts would bring one by one',
        querystring: AnalyticsRange,
        response: { 200: BuildsAnalytics },
      },
    },
    async (request) => analytics.builds(callerOf(request), request.query),
  );
};
