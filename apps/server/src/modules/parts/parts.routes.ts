import {
  HistoryList,
  InventorySummary,
  Part,
  PartBulk,
  PartBulkResult,
  PartCreate,
  PartId,
  PartList,
  PartQuery,
  PartUpdate,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth-guard';
import { asAnswer } from '../../http/serializer';
import { needsValues } from '../valuation/valuation.list';
import type { ValuationService } from '../valuation/valuation.service';
import type { PartsService } from './parts.service';

const tags = ['parts'];

export const partsRoutes: FastifyPluginAsyncZod<{
  parts: PartsService;
  valuation: ValuationService;
}> = async (app, { parts, valuation }) => {
  app.get(
    '/parts',
    {
      config: { confirmsToken: 'read' },
      schema: {
        tags,
        summary: 'Your parts, filtered, sorted and paged',
        description:
          'Each item carries what a list shows; the whole part (model, notes, catalog and lot links, expected ' +
          'price, timestamps) is `GET /api/v1/parts/{id}`.',
        querystring: PartQuery,
        response: { 200: PartList },
      },
    },
    // Sorting or filtering by value values every matching part; every other view reads one page.
    async (request) =>
      needsValues(request.query)
        ? valuation.list(callerOf(request), request.query)
        : asAnswer(await parts.list(callerOf(request), request.query)),
  );

  app.get(
    '/parts/summary',
    {
      schema: {
        tags,
        summary: 'Counts and cost of your parts per status, and the inventory value at cost',
        response: { 200: InventorySummary },
      },
    },
    async (request) => parts.summary(callerOf(request)),
  );

  app.post(
    '/parts',
    {
      config: { confirmsToken: 'write' },
      schema: { tags, summary: 'Add a part', body: PartCreate, response: { 201: Part } },
    },
    async (request, reply) => reply.status(201).send(await parts.create(callerOf(request), request.body)),
  );

  app.post(
    '/parts/bulk',
    {
      schema: {
        tags,
        summary: 'Set the status of, or archive, up to 500 parts at once (all or nothing)',
        body: PartBulk,
        response: { 200: PartBulkResult },
      },
    },
    async (request) => parts.bulk(callerOf(request), request.body),
  );

  app.get(
    '/parts/:id',
    {
      config: { confirmsToken: 'read' },
      schema: { tags, summary: 'One part', params: PartId, response: { 200: Part } },
    },
    async (request) => parts.get(callerOf(request), request.params.id),
  );

  app.patch(
    '/parts/:id',
    { schema: { tags, summary: 'Change a part', params: PartId, body: PartUpdate, response: { 200: Part } } },
    async (request) => parts.update(callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/parts/:id',
    {
      schema: {
        tags,
        summary: 'Delete a part never used in a build, listing or sale (archive it otherwise)',
        params: PartId,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await parts.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/parts/:id/history',
    { schema: { tags, summary: 'Every change to a part', params: PartId, response: { 200: HistoryList } } },
    async (request) => ({ items: await parts.history(callerOf(request), request.params.id) }),
  );
};
