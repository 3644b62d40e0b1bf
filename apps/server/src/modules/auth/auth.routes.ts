import { AppAddress, ERROR_STATUS, type ErrorCode, PasswordChange, SignIn, SignUp } from '@partwise/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Caller } from '../../core/caller';
import { type Authenticator, callerFor } from '../../http/auth-guard';
import { errorBody, sendRouteNotFound } from '../../http/errors';
import type { RateLimiter } from '../../http/rate-limit';
import type { Changes } from '../audit/audit';
import type { AccountEvent, AccountService } from './account.service';
import { AUTH_BASE_PATH, type Auth } from './auth';
import { authLimitName, isCanonicalPath, isReplacedEndpoint } from './auth-limits';
import type { SessionsService } from './sessions.service';

interface KnownError {
  code: ErrorCode;
  status: number;
  message: string;
  fields?: Record<string, string>;
}

/** better-auth's error codes in our words. Anything not listed is mapped by status. */
const AUTH_ERRORS: Record<string, KnownError> = {
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
  // change-password: the current password is wrong.
  INVALID_PASSWORD: {
    code: 'VALIDATION_FAILED',
    status: 400,
    message: 'The current password is not right',
    fields: { currentPassword: 'is not your current password' },
  },
  CREDENTIAL_ACCOUNT_NOT_FOUND: {
    code: 'RULE_VIOLATION',
    status: 422,
    message: 'This account signs in without a password',
  },
};

const ORIGIN_ERRORS = new Set(['MISSING_OR_NULL_ORIGIN', 'INVALID_ORIGIN']);

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
  authenticate: Authenticator;
  account: AccountService;
  sessions: SessionsService;
}

/** What to do once better-auth has answered a request with success. */
type AfterSuccess = (body: unknown) => Promise<void>;

/**
 * better-auth's own routes, served through Fastify. Sign-up and sign-in are declared here with our schemas
 * (validation, OpenAPI); every other /api/auth route is passed through unchanged but for errors. Rate limits
 * are applied where requests are handed to better-auth, on the endpoint it will run (auth-limits.ts).
 */
export const authRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  const forward = (request: FastifyRequest, reply: FastifyReply) => forwardToAuth(deps, request, reply);
  /** Forwards, then audits the event on the signed-in account when better-auth has done it. */
  const forwardAudited =
    (action: AccountEvent, changes: (request: FastifyRequest) => Changes = () => ({})) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const found = await deps.authenticate(request, { sessionOnly: true });
      const caller: Caller | null = found ? callerFor(found) : null;
      return forwardToAuth(deps, request, reply, async (body) => {
        if (!caller) return;
        await deps.account.recordEvent(caller, action, changes(request));
        // change-password with revokeOtherSessions starts a new session for this browser, made without the
        // request at hand: give it this browser's device and address, as the session it replaces had.
        const token = (body as { token?: unknown } | null)?.token;
        if (typeof token === 'string')
          await deps.sessions.describe(caller, token, {
            userAgent: request.headers['user-agent'] ?? null,
            ipAddress: request.ip,
          });
      });
    };

  app.get(
    '/api/app-address',
    {
      schema: {
        tags: ['auth'],
        summary: 'The address the app is served at, and every origin sign-in works from',
        response: { 200: AppAddress },
      },
    },
    async () => ({ url: deps.config.baseUrl, origins: deps.config.trustedOrigins }),
  );

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
  app.post(
    `${AUTH_BASE_PATH}/change-password`,
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your password (asks for the current one; rate limited)',
        body: PasswordChange,
      },
    },
    forwardAudited('password_change', (request): Changes => {
      const { revokeOtherSessions } = request.body as PasswordChange;
      return revokeOtherSessions ? { otherSessions: { from: 'signed in', to: 'signed out' } } : {};
    }),
  );
  app.post(
    `${AUTH_BASE_PATH}/revoke-other-sessions`,
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out everywhere else: every session of your account but this one',
        body: z.strictObject({}).optional(),
      },
    },
    forwardAudited('sign_out_others'),
  );
  app.post(
    `${AUTH_BASE_PATH}/revoke-sessions`,
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out everywhere, this session included',
        body: z.strictObject({}).optional(),
      },
    },
    forwardAudited('sign_out_everywhere'),
  );
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
  afterSuccess?: AfterSuccess,
) {
  // better-auth checks the Origin only of requests that carry a cookie; a page opened at another address would
  // sign in, then find every write refused. Refuse it at once and say where the app is (clients without an
  // Origin, such as scripts, are not pages).
  const origin = request.headers.origin;
  if (request.method !== 'GET' && origin !== undefined && !config.trustedOrigins.includes(origin)) {
    return reply.status(403).send(errorBody('FORBIDDEN', wrongAddressMessage(config)));
  }
  const url = new URL(request.url, config.baseUrl);
  const endpoint = url.pathname.slice(AUTH_BASE_PATH.length);
  if (isReplacedEndpoint(endpoint)) return sendRouteNotFound(request, reply);
  const limitName = authLimitName(endpoint);
  if (limitName) await rateLimit({ name: limitName, ...config.authRateLimit }, request);

  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === 'content-length') continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // better-auth records a new session's address from this header: the client's, as Fastify resolved it, never
  // what the client claims.
  headers.set('x-forwarded-for', request.ip);
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
  if (response.status < 400) {
    if (afterSuccess) await afterSuccess(text === '' ? null : parseJson(text));
    return reply.send(text === '' ? null : text);
  }

  let authCode: string | undefined;
  try {
    authCode = (JSON.parse(text) as { code?: string }).code;
  } catch {
    authCode = undefined;
  }
  const known = authCode ? AUTH_ERRORS[authCode] : undefined;
  reply.header('content-type', 'application/json; charset=utf-8');
  if (known && authCode && ORIGIN_ERRORS.has(authCode))
    return reply.status(known.status).send(errorBody(known.code, wrongAddressMessage(config)));
  if (known) return reply.status(known.status).send(errorBody(known.code, known.message, known.fields));
  const code = STATUS_CODES[response.status] ?? (response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
  if (response.status >= 500) request.log.error({ authCode, status: response.status }, 'auth failed');
  // The status is the code's, whatever better-auth answered: one error shape, one status per code.
  return reply
    .status(ERROR_STATUS[code])
    .send(errorBody(code, response.status >= 500 ? 'Something went wrong on our side' : humanize(authCode)));
}

/** A page opened at an address the app does not answer at says which one to open. */
function wrongAddressMessage(config: Config): string {
  return `This request must come from the app: open it at ${config.baseUrl}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function humanize(code: string | undefined): string {
  if (!code) return 'The request was refused';
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
