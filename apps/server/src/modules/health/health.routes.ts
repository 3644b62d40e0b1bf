import { ErrorResponse } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../http/errors';

/** 200 only when the database answers. */
export const healthRoutes: FastifyPluginAsyncZod<{ ping: () => Promise<void> }> = async (app, { ping }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok') }), 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      try {
        await ping();
        return { status: 'ok' as const };
      } catch (err) {
        request.log.error({ err }, 'health check: database did not answer');
        return reply.status(503).send(errorBody('UNAVAILABLE', 'The database is not answering'));
      }
    },
  );
};
