import {
  Listing,
  ListingActivate,
  ListingCreate,
  ListingList,
  ListingQuery,
  ListingUpdate,
  RecordId,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth-guard';
import type { ListingsService } from './listings.service';

const tags = ['listings'];

export const listingsRoutes: FastifyPluginAsyncZod<{ listings: ListingsService }> = async (
  app,
  { listings },
) => {
  app.get(
    '/listings',
    {
      schema: {
        tags,
        summary: 'Your listings, newest first, with the estimated fee and net at each price',
        querystring: ListingQuery,
        response: { 200: ListingList },
      },
    },
    async (request) => listings.list(callerOf(request), request.query),
  );

  app.post(
    '/listings',
    {
      schema: {
        tags,
        summary: 'Draft a listing of a part or a build',
        body: ListingCreate,
        response: { 201: Listing },
      },
    },
    async (request, reply) => reply.status(201).send(await listings.create(callerOf(request), request.body)),
  );

  app.get(
    '/listings/:id',
    { schema: { tags, summary: 'One listing', params: RecordId, response: { 200: Listing } } },
    async (request) => listings.get(callerOf(request), request.params.id),
  );

  app.patch(
    '/listings/:id',
    {
      schema: {
        tags,
        summary: "Change a listing's text, price, URL or platform",
        params: RecordId,
        body: ListingUpdate,
        response: { 200: Listing },
      },
    },
    async (request) => listings.update(callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/listings/:id/activate',
    {
      schema: {
        tags,
        summary: 'Put a draft (or an ended listing) live: the part or build becomes listed',
        description:
          'The body may be left out. A build whose compatibility report has problems (errors, or parts still missing) goes live only with `{"overrideReason": "..."}`, unless an override recorded earlier covers them; otherwise 422 names the problems.',
        params: RecordId,
        body: ListingActivate.nullish(),
        response: { 200: Listing },
      },
    },
    async (request) => listings.activate(callerOf(request), request.params.id, request.body ?? {}),
  );

  app.post(
    '/listings/:id/end',
    {
      schema: {
        tags,
        summary:
          'End a listing; when no other listing of it is active, the part or build gets its status back',
        params: RecordId,
        response: { 200: Listing },
      },
    },
    async (request) => listings.end(callerOf(request), request.params.id),
  );

  app.delete(
    '/listings/:id',
    {
      schema: {
        tags,
        summary: 'Delete a draft or an ended listing',
        params: RecordId,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await listings.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
