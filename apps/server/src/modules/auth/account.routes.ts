import { CreatedToken, Me, MeUpdate, TokenCreate, TokenList } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf, currentUser } from '../../http/auth-guard';
import type { AccountService } from './account.service';
import type { TokensService } from './tokens.service';

/** The signed-in user's own account: who am I, name and time zone, and personal API tokens. */
export const accountRoutes: FastifyPluginAsyncZod<{
  account: AccountService;
  tokens: TokensService;
}> = async (app, { account, tokens }) => {
  app.get(
    '/me',
    { schema: { tags: ['account'], summary: 'The signed-in user', response: { 200: Me } } },
    async (request) => currentUser(request),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Change your name or time zone (dates default to "today" in that zone)',
        body: MeUpdate,
        response: { 200: Me },
      },
    },
    async (request) => account.update(callerOf(request), request.body),
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['account'],
        summary: 'Create a personal API token (the secret is shown only in this response)',
        body: TokenCreate,
        response: { 201: CreatedToken },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await tokens.create(callerOf(request), request.body.name)),
  );

  app.get(
    '/tokens',
    { schema: { tags: ['account'], summary: 'List your API tokens', response: { 200: TokenList } } },
    async (request) => ({ items: await tokens.list(callerOf(request)) }),
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['account'],
        summary: 'Revoke an API token',
        params: z.object({ id: z.uuid('must be a token id') }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await tokens.revoke(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
