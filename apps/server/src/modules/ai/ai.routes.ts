import { AiUsage, ListingDraft, ListingDraftRequest } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import type { AiService } from './ai.service';

const tags = ['assistant'];

export const aiRoutes: FastifyPluginAsyncZod<{ ai: AiService }> = async (app, { ai }) => {
  app.get(
    '/ai/usage',
    {
      schema: {
        tags,
        summary:
          "This month's assistant tokens (UTC calendar month) against your plan's allowance, by feature",
        response: { 200: AiUsage },
      },
    },
    async (request) => ai.usage(callerOf(request)),
  );

  app.post(
    '/ai/listing-drafts',
    {
      schema: {
        tags,
        summary:
          'A listing draft for a part or a build, written by the assistant from the record; anything the record does not support is removed and reported. Nothing is saved.',
        body: ListingDraftRequest,
        response: { 200: ListingDraft },
      },
    },
    async (request, reply) => {
      // The client went away before the answer: stop the model call.
      const gone = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableEnded) gone.abort();
      });
      return ai.listingDraft(callerOf(request), request.body, gone.signal);
    },
  );
};
