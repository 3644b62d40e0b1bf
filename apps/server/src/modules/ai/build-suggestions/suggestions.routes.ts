import { BuildSuggestion, BuildSuggestionRequest } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../../http/auth-guard';
import type { BuildSuggestionsService } from './suggestions.service';

const tags = ['assistant'];

export const buildSuggestionsRoutes: FastifyPluginAsyncZod<{ suggestions: BuildSuggestionsService }> = async (
  app,
  { suggestions },
) => {
  app.post(
    '/ai/build-suggestions',
    {
      schema: {
        tags,
        summary:
          'The five most profitable complete, compatible builds from your parts in stock (and catalog parts to buy, when allowed), stored as a pending suggestion. Free text is read by the model when one is configured, else by fixed rules. Nothing else changes until you accept.',
        body: BuildSuggestionRequest,
        response: { 200: BuildSuggestion },
      },
    },
    async (request, reply) => {
      // The client went away before the answer: stop the model call.
      const gone = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableEnded) gone.abort();
      });
      return suggestions.suggest(callerOf(request), request.body, gone.signal);
    },
  );
};
