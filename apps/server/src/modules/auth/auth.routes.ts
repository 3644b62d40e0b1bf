import { ERROR_STATUS, type ErrorCode, SignIn, SignUp } from '@partwise/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config';
import { errorBody, sendRouteNotFound } from '../../http/errors';
import type { RateLimiter } from '../../http/rate-limit';
import { AUTH_BASE_PATH, type Auth } from './auth';
import { authLimitName, isCanonicalPath } from './auth-limits';

/** better-auth's error codes in our words. Anything not listed is mapped by status. */
const AUTH_ERRORS: Record<string, { code: ErrorCode; status: number; message: string }> = {
  INVALID_EMAIL_OR_PASSWORD: { code: 'INVALID_CREDENTIALS', status: 401, message: 'Wrong email or password' },
  USER_ALREADY_EXISTS: {
    code: 'CONFLICT',
    status: 409,
    message: 'An account with this email already exists',
  },
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: {
    code: 'CONFLICT',
    status: 409,
    message: 'An account with this email already exists',
  },
  BANNED_USER: { code: 'FORBIDDEN', status: 403, message: 'This account is suspended' },
  MISSING_OR_NULL_ORIGIN: { code: 'FORBIDDEN', status: 403, message: 'This request must come from the app' },
  INVALID_ORIGIN: { code: 'FORBIDDEN', status: 403, message: 'This request must come from the app' },
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  // A method an endpoint does not take (POST get-session): as for any route, not found.
  405: 'NOT_FOUND',
  422: 'VALIDATION_FAILED',
  429: 'RATE_LIMITED',
};

interface Deps {
  auth: Auth;
  config: Config;
  rateLimit: RateLimiter;
}

/**
 * better-auth's own routes, served through Fastify. Sign-up and sign-in are declared here with our schemas
 * (validation, OpenAPI); every other /api/auth route is passed through unchanged but for errors. Rate limits
 * are applied where requests are handed to better-auth, on the endpoint it will run (auth-limits.ts).
 */
export const authRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  const forward = (request: FastifyRequest, reply: FastifyReply) => forwardToAuth(deps, request, reply);

  // better-auth routes on the normalized URL; a path that is not already normalized names no route here.
  app.addHook('onRequest', async (request, reply) => {
    if (!isCanonicalPath(request.url)) return sendRouteNotFound(request, reply);
  });

  app.post(
    `${AUTH_BASE_PATH}/sign-up/email`,
    { schema: { tags: ['auth'], summary: 'Create an account and sign in', body: SignUp } },
    forward,
  );
  app.post(
    `${AUTH_BASE_PATH}/sign-in/email`,
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password (sets the session cookie)',
        body: SignIn,
      },
    },
    forward,
  );
  app.post(`${AUTH_BASE_PATH}/sign-out`, { schema: { tags: ['auth'], summary: 'Sign out' } }, forward);
  app.route({
    method: ['GET', 'POST'],
    url: `${AUTH_BASE_PATH}/*`,
    schema: { hide: true },
    handler: forward,
  });
};

async function forwardToAuth(
  { auth, config, rateLimit }: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const url = new URL(request.url, config.baseUrl);
  const limitName = authLimitName(url.pathname.slice(AUTH_BASE_PATH.length));
  if (limitName) await rateLimit({ name: limitName, ...config.authRateLimit }, request);

  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === 'content-length') continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  if (hasBody) headers.set('content-type', 'application/json');
  const response = await auth.handler(
    new Request(url, {
      method: request.method,
      headers,
      body: hasBody ? JSON.stringify(request.body ?? {}) : undefined,
    }),
  );

  reply.status(response.status);
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie' && name !== 'content-length') reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);

  const text = await response.text();
  if (response.status < 400) return reply.send(text === '' ? null : text);

  let authCode: string | undefined;
  try {
    authCode = (JSON.parse(text) as { code?: string }).code;
  } catch {
    authCode = undefined;
  }
  const known = authCode ? AUTH_ERRORS[authCode] : undefined;
  reply.header('content-type', 'application/json; charset=utf-8');
  if (known) return reply.status(known.status).send(errorBody(known.code, known.message));
  const code = STATUS_CODES[response.status] ?? (response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
  if (response.status >= 500) request.log.error({ authCode, status: response.status }, 'auth failed');
  // The status is the code's, whatever better-auth answered: one error shape, one status per code.
  return reply
    .status(ERROR_STATUS[code])
    .send(errorBody(code, response.status >= 500 ? 'Something went wrong on our side' : humanize(authCode)));
}

function humanize(code: string | undefined): string {
  if (!code) return 'The request was refused';
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
