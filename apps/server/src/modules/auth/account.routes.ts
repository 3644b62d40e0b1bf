import {
  CreatedToken,
  EmailChange,
  HistoryList,
  Me,
  MeUpdate,
  SessionList,
  TextId,
  TokenCreate,
  TokenList,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf, currentUser } from '../../http/auth-guard';
import type { RateLimiter, RateLimitRule } from '../../http/rate-limit';
import type { AccountService } from './account.service';
import type { SessionsService } from './sessions.service';
import type { TokensService } from './tokens.service';

/**
 * The signed-in user's own account: who am I, name, time zone and email, its history, its sessions, and
 * personal API tokens. The password is changed through better-auth (`POST /api/auth/change-password`).
 */
export const accountRoutes: FastifyPluginAsyncZod<{
  account: AccountService;
  tokens: TokensService;
  sessions: SessionsService;
  rateLimit: RateLimiter;
  authRateLimit: Omit<RateLimitRule, 'name'>;
}> = async (app, { account, tokens, sessions, rateLimit, authRateLimit }) => {
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
    '/me/email',
    {
      schema: {
        tags: ['account'],
        summary: 'Change your sign-in email (asks for your password; the email must be free)',
        body: EmailChange,
        response: { 200: Me },
      },
    },
    async (request) => {
      // The same limit as better-auth's own password-taking endpoints (auth-limits.ts).
      await rateLimit({ name: 'email change', ...authRateLimit }, request);
      return account.changeEmail(callerOf(request), request.body);
    },
  );

  app.get(
    '/me/history',
    {
      schema: {
        tags: ['account'],
        summary: "Your account's history: name, time zone, email and password changes, sign-outs",
        response: { 200: HistoryList },
      },
    },
    async (request) => ({ items: await account.history(callerOf(request)) }),
  );

  app.get(
    '/sessions',
    {
      schema: {
        tags: ['account'],
        summary: 'The browsers and devices signed in to your account ("current" is this one)',
        response: { 200: SessionList },
      },
    },
    async (request) => ({ items: await sessions.list(callerOf(request), request.sessionId) }),
  );

  app.delete(
    '/sessions/:id',
    {
      schema: {
        tags: ['account'],
        summary:
          'Sign one session out (POST /api/auth/revoke-other-sessions or /api/auth/revoke-sessions for all)',
        params: z.object({ id: TextId }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await sessions.revoke(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
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
