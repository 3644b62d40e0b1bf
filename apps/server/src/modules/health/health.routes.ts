import { ErrorResponse } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../http/errors';

const Ok = z.object({ status: z.literal('ok') });

/**
 * `/healthz` is liveness: the process answers (a load balancer or supervisor restarts it when not).
 * `/readyz` is readiness: 200 only when the database answers and the process is not shutting down, so traffic
 * goes elsewhere while it does not.
 */
export const healthRoutes: FastifyPluginAsyncZod<{
  ping: () => Promise<void>;
  /** True once the process is shutting down: not ready, though it still answers while it drains. */
  draining: () => boolean;
}> = async (app, { ping, draining }) => {
  app.get(
    '/healthz',
    {
      schema: { tags: ['health'], summary: 'Liveness: the server process answers', response: { 200: Ok } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: 200 when the database answers, 503 when it does not',
        response: { 200: Ok, 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      if (draining()) return reply.status(503).send(errorBody('UNAVAILABLE', 'This server is shutting down'));
      try {
        await ping();
        return { status: 'ok' as const };
      } catch (err) {
        request.log.error({ err }, 'readiness check: database did not answer');
        return reply.status(503).send(errorBody('UNAVAILABLE', 'The database is not answering'));
      }
    },
  );
};
