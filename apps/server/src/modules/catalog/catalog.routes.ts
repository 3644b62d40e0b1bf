import { CatalogList, CatalogPart, CatalogPartParams, CatalogQuery, ErrorResponse } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CatalogService } from './catalog.service';

/** The catalog of known parts: search (autocomplete) and one part. Read-only, for every signed-in user. */
export const catalogRoutes: FastifyPluginAsyncZod<{ catalog: CatalogService }> = async (app, { catalog }) => {
  app.get(
    '/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary:
          'Search the parts catalog by name, model number and spec words ("970 evo plus 1tb", "16gb ddr4 3200"); identical variants come once',
        querystring: CatalogQuery,
        response: { 200: CatalogList },
      },
    },
    async (request) => catalog.search(request.query),
  );

  app.get(
    '/catalog/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'One catalog part',
        params: CatalogPartParams,
        response: { 200: CatalogPart, 404: ErrorResponse },
      },
    },
    async (request) => catalog.get(request.params.id),
  );
};
