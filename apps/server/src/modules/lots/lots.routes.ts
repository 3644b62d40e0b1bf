import { LotCreate, LotList, LotQuery, LotWithParts } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth-guard';
import type { LotsService } from './lots.service';

const tags = ['lots'];

export const lotsRoutes: FastifyPluginAsyncZod<{ lots: LotsService }> = async (app, { lots }) => {
  app.post(
    '/lots',
    {
      schema: {
        tags,
        summary:
          'Record a bundle purchase: the lot and its parts, with the price split across them by weight',
        body: LotCreate,
        response: { 201: LotWithParts },
      },
    },
    async (request, reply) => reply.status(201).send(await lots.create(callerOf(request), request.body)),
  );

  app.get(
    '/lots',
    {
      schema: {
        tags,
        summary: 'Your purchase lots, newest first',
        querystring: LotQuery,
        response: { 200: LotList },
      },
    },
    async (request) => lots.list(callerOf(request), request.query.page, request.query.pageSize),
  );

  app.get(
    '/lots/:id',
    {
      schema: {
        tags,
        summary: 'A lot with its parts',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: LotWithParts },
      },
    },
    async (request) => lots.get(callerOf(request), request.params.id),
  );
};
