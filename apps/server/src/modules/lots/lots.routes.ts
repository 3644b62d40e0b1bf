import {
  HistoryList,
  LotCreate,
  LotDeleteQuery,
  LotList,
  LotQuery,
  LotUpdate,
  LotWithParts,
  RecordId,
} from '@partwise/shared';
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
        params: RecordId,
        response: { 200: LotWithParts },
      },
    },
    async (request) => lots.get(callerOf(request), request.params.id),
  );

  app.patch(
    '/lots/:id',
    {
      schema: {
        tags,
        summary:
          "Change a lot: its name, price, date, source, notes or its parts' weights (a new price or weight splits the price again, to the cent)",
        params: RecordId,
        body: LotUpdate,
        response: { 200: LotWithParts },
      },
    },
    async (request) => lots.update(callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/lots/:id',
    {
      schema: {
        tags,
        summary:
          'Delete a lot none of whose parts is sold; `parts=delete` deletes its parts too, `parts=keep` keeps them (outside any lot, at their cost)',
        params: RecordId,
        querystring: LotDeleteQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await lots.remove(callerOf(request), request.params.id, request.query);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/lots/:id/history',
    {
      schema: {
        tags,
        summary: "A lot's changes, oldest first",
        params: RecordId,
        response: { 200: HistoryList },
      },
    },
    async (request) => ({ items: await lots.history(callerOf(request), request.params.id) }),
  );
};
