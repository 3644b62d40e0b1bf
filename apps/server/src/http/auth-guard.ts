import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { Caller } from '../core/caller';
import type { Clock } from '../core/clock';
import { AppError } from '../core/errors';
import type { Auth } from '../modules/auth/auth';
import { type AuthUser, isSuspended } from '../modules/auth/auth-user';
import { TokenNotConfirmed } from '../modules/auth/token-confirmation';
import type { TokensService } from '../modules/auth/tokens.service';

declare module 'fastify' {
  interface FastifyRequest {
    authUser: AuthUser | null;
    caller: Caller | null;
    /** The better-auth session the request came with; null for an API token. */
    sessionId: string | null;
  }
  interface FastifyContextConfig {
    /**
     * The route's statement confirms a remembered API token (modules/auth/token-confirmation.ts), so the auth
     * guard need not read it first. 'read': a GET whose paths that do not confirm wait for the token's read.
     * 'write': the route changes data only by a statement that confirms the token and changes nothing when it
     * is not confirmed; every path that writes confirms.
     */
    confirmsToken?: 'read' | 'write';
  }
}

export interface Authenticated {
  user: AuthUser;
  via: 'session' | 'token';
  sessionId: string | null;
  /** Set when the token was recalled from memory, not read: the route's statement confirms it. */
  tokenHash?: string;
}

export interface AuthenticateOptions {
  /** By the session cookie alone, as better-auth's own endpoints see the request. */
  sessionOnly?: boolean;
  /** A token this process remembers may be recalled: the route's statement confirms it. */
  confirmLater?: boolean;
}

/** Resolves who is asking from `Authorization: Bearer <token>` or the session cookie. */
export function createAuthenticator(
  auth: Auth,
  tokens: TokensService,
  trustedOrigins: string[],
  clock: Clock,
) {
  return async (
    request: FastifyRequest,
    { sessionOnly = false, confirmLater = false }: AuthenticateOptions = {},
  ): Promise<Authenticated | null> => {
    const header = request.headers.authorization;
    if (header !== undefined && !sessionOnly) {
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token) return null;
      const recalled = confirmLater ? tokens.recall(token) : null;
      if (recalled)
        return { user: recalled.user, via: 'token', sessionId: null, tokenHash: recalled.tokenHash };
      const user = await tokens.authenticate(token);
      return user ? { user, via: 'token', sessionId: null } : null;
    }
    if (!request.headers.cookie) return null;
    // Cookies ride along on cross-site requests; a write by cookie must come from the app's own pages.
    const isWrite = request.method !== 'GET' && request.method !== 'HEAD';
    if (isWrite && !trustedOrigins.includes(request.headers.origin ?? '')) {
      throw new AppError(
        'FORBIDDEN',
        'This request must come from the app (Origin header missing or foreign)',
      );
    }
    const found = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
    if (!found) return null;
    const u = found.user as typeof found.user & {
      role?: string | null;
      banned?: boolean | null;
      banExpires?: Date | null;
      timezone?: string | null;
    };
    if (isSuspended({ banned: u.banned ?? false, banExpires: u.banExpires ?? null }, clock.now()))
      return null;
    return {
      user: {
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role === 'admin' ? 'admin' : 'user',
        timezone: u.timezone ?? 'UTC',
      },
      via: 'session',
      sessionId: found.session.id,
    };
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;

/**
 * Every route registered in `scope` after this call requires a signed-in (and, optionally, admin) user.
 * `confirmsInStatement` says whether this request's statement may confirm a remembered token: a route that
 * declares `config.confirmsToken` and reads the primary (a replica may not have seen a revocation yet).
 */
export function requireUser(
  scope: FastifyInstance,
  authenticate: Authenticator,
  {
    role,
    confirmsInStatement = () => false,
  }: { role?: 'admin'; confirmsInStatement?: (request: FastifyRequest) => boolean } = {},
): void {
  scope.decorateRequest('authUser', null);
  scope.decorateRequest('caller', null);
  scope.decorateRequest('sessionId', null);
  const signIn = async (request: FastifyRequest, confirmLater: boolean) => {
    const found = await authenticate(request, { confirmLater });
    if (!found)
      throw new AppError('UNAUTHENTICATED', 'Sign in, or send a valid API token, to use this route');
    const { user, sessionId } = found;
    if (role === 'admin' && user.role !== 'admin')
      throw new AppError('FORBIDDEN', 'Only admins may use this route');
    request.authUser = user;
    request.sessionId = sessionId;
    request.caller = callerFor(found);
  };
  scope.addHook('onRequest', async (request) => signIn(request, confirmsInStatement(request)));
  scope.addHook('onRoute', (route) => {
    const confirms = route.config?.confirmsToken;
    if (!confirms) return;
    const reads = [route.method].flat().every((m) => m === 'GET' || m === 'HEAD');
    if (reads !== (confirms === 'read'))
      throw new Error(`${route.url}: confirmsToken is 'read' for a GET route, 'write' for any other`);
    route.handler = answeredConfirmed(route.handler, signIn, confirms);
  });
  // An error (invalid input included) answers a recalled token only once the token has been read: a revoked
  // token gets 401, never a route's own error. Thrown on, the error reaches the app's error handler.
  scope.setErrorHandler(async (error, request) => {
    const token = request.caller?.token;
    if (token && !token.confirmed && !(error instanceof TokenNotConfirmed)) await signIn(request, false);
    throw error;
  });
}

/**
 * A route handler that sends nothing from a remembered token its statement did not confirm. Not confirmed
 * (revoked, user banned, time zone or role changed): the token is read and the route answers again for what the
 * database says now (401, or the fresh caller). A read path whose statements do not confirm (the parts list
 * sorted by value) answers only once the token has been read, and is computed again if the caller turned out to
 * have changed; a write route has no such path (it would have written for a token nobody checked).
 */
function answeredConfirmed(
  handler: RouteHandlerMethod,
  signIn: (request: FastifyRequest, confirmLater: boolean) => Promise<void>,
  confirms: 'read' | 'write',
): RouteHandlerMethod {
  return async function (request, reply) {
    const recalled = request.caller;
    let answer: unknown;
    try {
      answer = await handler.call(this, request, reply);
    } catch (error) {
      if (!(error instanceof TokenNotConfirmed)) throw error;
      await signIn(request, false);
      return handler.call(this, request, reply);
    }
    if (!recalled?.token || recalled.token.confirmed) return answer;
    if (confirms === 'write') throw new Error(`${request.url}: answered without confirming the API token`);
    await signIn(request, false);
    const fresh = request.caller;
    const same =
      fresh?.ownerId === recalled.ownerId &&
      fresh.role === recalled.role &&
      fresh.timezone === recalled.timezone;
    return same ? answer : handler.call(this, request, reply);
  };
}

/** Signed-in users act for themselves; the admin console makes its own caller for the user it acts on. */
export function callerFor({ user, via, tokenHash }: Authenticated): Caller {
  const caller: Caller = {
    ownerId: user.id,
    actorId: user.id,
    role: user.role,
    via,
    timezone: user.timezone,
  };
  if (tokenHash !== undefined) caller.token = { hash: tokenHash, confirmed: false };
  return caller;
}

/** Who a route behind requireUser acts for, to hand to a service. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new AppError('UNAUTHENTICATED', 'Sign in to use this route');
  return request.caller;
}

/** The signed-in user's account, for the routes about the account itself. */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.authUser) throw new AppError('UNAUTHENTICATED', 'Sign in to use this route');
  return request.authUser;
}
