import {
  DealBuy,
  DealCheck,
  DealCheckRequest,
  DealId,
  DealList,
  DealPreferences,
  DealPreferencesUpdate,
  DealQuery,
  DealSince,
  LotWithParts,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth-guard';
import type { DealsService } from './deals.service';

const tags = ['deals'];

export const dealsRoutes: FastifyPluginAsyncZod<{ deals: DealsService }> = async (app, { deals }) => {
  app.post(
    '/deals/check',
    {
      schema: {
        tags,
        summary:
          'Check a listing before buying: its parts read (the parser, improved by the assistant when it is configured), matched to the catalog and valued, fees, profit at the asking price, the most to pay for your margin, compatibility; kept in your history',
        body: DealCheckRequest,
        response: { 201: DealCheck },
      },
    },
    async (request, reply) => {
      // The client went away before the answer: stop a model call still running.
      const gone = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableEnded) gone.abort();
      });
      return reply.status(201).send(await deals.check(callerOf(request), request.body, gone.signal));
    },
  );

  app.get(
    '/deals',
    {
      schema: {
        tags,
        summary: 'Your deal checks, newest first',
        querystring: DealQuery,
        response: { 200: DealList },
      },
    },
    async (request) => deals.list(callerOf(request), request.query),
  );

  app.get(
    '/deals/preferences',
    {
      schema: {
        tags,
        summary: 'Your deal-check settings: the target margin (25 % until you set it)',
        response: { 200: DealPreferences },
      },
    },
    async (request) => deals.preferences(callerOf(request)),
  );

  app.patch(
    '/deals/preferences',
    {
      schema: {
        tags,
        summary: 'Set your target margin for deal checks',
        body: DealPreferencesUpdate,
        response: { 200: DealPreferences },
      },
    },
    async (request) => deals.setPreferences(callerOf(request), request.body),
  );

  app.get(
    '/deals/:id',
    { schema: { tags, summary: 'One deal check', params: DealId, response: { 200: DealCheck } } },
    async (request) => deals.get(callerOf(request), request.params.id),
  );

  app.get(
    '/deals/:id/since',
    {
      schema: {
        tags,
        summary:
          'A deal check against what happened next: what the lot bought from it has brought back, or what its parts would have brought at the prices of your sales since',
        params: DealId,
        response: { 200: DealSince },
      },
    },
    async (request) => deals.since(callerOf(request), request.params.id),
  );

  app.post(
    '/deals/:id/buy',
    {
      schema: {
        tags,
        summary: "Buy it: a lot with the deal's parts, the price split by their estimated values",
        params: DealId,
        body: DealBuy,
        response: { 201: z.object({ deal: DealCheck, lot: LotWithParts }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await deals.buy(callerOf(request), request.params.id, request.body)),
  );
};
