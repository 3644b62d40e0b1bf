import { SuggestionAccept, SuggestionAccepted, SuggestionId, SuggestionRejected } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../../http/auth-guard';
import type { SuggestionDecisions } from './decisions';

const tags = ['assistant'];

export const suggestionDecisionRoutes: FastifyPluginAsyncZod<{ decisions: SuggestionDecisions }> = async (
  app,
  { decisions },
) => {
  app.post(
    '/ai/suggestions/:id/accept',
    {
      schema: {
        tags,
        summary:
          'Applies a pending suggestion after re-checking it against your data in one transaction (409 with the reason if it no longer holds, and nothing changes). A build suggestion builds the chosen option (1 by default): its parts still in stock at the same cost, catalog prices unchanged, still compatible; the parts are reserved in a new build, purchases become planned items; answers `{ buildId }`. A chat proposal to add a part to a build: the build still open, the part still in stock, the result still without compatibility errors; answers `{ buildId }`. A chat proposal to reprice a listing: the listing still active at the price it was proposed on; answers `{ listingId }`. The change is recorded as yours, made through the assistant.',
        params: SuggestionId,
        body: SuggestionAccept.optional(),
        response: { 200: SuggestionAccepted },
      },
    },
    async (request) => decisions.accept(callerOf(request), request.params.id, request.body?.option),
  );

  app.post(
    '/ai/suggestions/:id/reject',
    {
      schema: {
        tags,
        summary: 'Discards a pending suggestion.',
        params: SuggestionId,
        response: { 200: SuggestionRejected },
      },
    },
    async (request) => decisions.reject(callerOf(request), request.params.id),
  );
};
