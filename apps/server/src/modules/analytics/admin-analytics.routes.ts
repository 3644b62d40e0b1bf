import { AdminAnalytics, AdminAnalyticsQuery, JobName, JobRunList } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import type { AdminAnalyticsService } from './admin-analytics.service';

const tags = ['admin'];

/** Registered inside the admin-only scope: 403 for users. */
export const adminAnalyticsRoutes: FastifyPluginAsyncZod<{ adminAnalytics: AdminAnalyticsService }> = async (
  app,
  { adminAnalytics },
) => {
  app.get(
    '/analytics',
    {
      schema: {
        tags,
        summary:
          'Platform numbers: users (new, active), plans and MRR, assistant tokens, sales count and volume, parts tracked; aggregates only',
        querystring: AdminAnalyticsQuery,
        response: { 200: AdminAnalytics },
      },
    },
    async (request) => adminAnalytics.analytics(callerOf(request), request.query),
  );

  app.get(
    '/jobs',
    {
      schema: { tags, summary: 'The scheduled jobs and their latest runs', response: { 200: JobRunList } },
    },
    async () => adminAnalytics.jobRuns(),
  );

  app.post(
    '/jobs/:name/run',
    {
      schema: {
        tags,
        summary: 'Run a job now (409 if another process is running it)',
        params: JobName,
        response: { 200: JobRunList },
      },
    },
    async (request) => adminAnalytics.runNow(request.params.name),
  );
};
