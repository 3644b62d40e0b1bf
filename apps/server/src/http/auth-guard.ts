import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Caller } from '../core/caller';
import type { Clock } from '../core/clock';
import { AppError } from '../core/errors';
import type { Auth } from '../modules/auth/auth';
import { type AuthUser, isSuspended } from '../modules/auth/auth-user';
import type { TokensService } from '../modules/auth/tokens.service';

declare module 'fastify' {
  interface FastifyRequest {
    authUser: AuthUser | null;
    caller: Caller | null;
    /** The better-auth session the request came with; null for an API token. */
    sessionId: string | null;
  }
}

export interface Authenticated {
  user: AuthUser;
  via: 'session' | 'token';
  sessionId: string | null;
}

/** Resolves who is asking from `Authorization: Bearer <token>` or the session cookie. */
export function createAuthenticator(
  auth: Auth,
  tokens: TokensService,
  trustedOrigins: string[],
  clock: Clock,
) {
  /** `sessionOnly`: by the session cookie alone, as better-auth's own endpoints see the request. */
  return async (request: FastifyRequest, { sessionOnly = false } = {}): Promise<Authenticated | null> => {
    const header = request.headers.authorization;
    if (header !== undefined && !sessionOnly) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const user = match?.[1] ? await tokens.authenticate(match[1]) : null;
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

/** Every route registered in `scope` after this call requires a signed-in (and, optionally, admin) user. */
export function requireUser(scope: FastifyInstance, authenticate: Authenticator, role?: 'admin'): void {
  scope.decorateRequest('authUser', null);
  scope.decorateRequest('caller', null);
  scope.decorateRequest('sessionId', null);
  scope.addHook('onRequest', async (request) => {
    const found = await authenticate(request);
    if (!found)
      throw new AppError('UNAUTHENTICATED', 'Sign in, or send a valid API token, to use this route');
    const { user, sessionId } = found;
    if (role === 'admin' && user.role !== 'admin')
      throw new AppError('FORBIDDEN', 'Only admins may use this route');
    request.authUser = user;
    request.sessionId = sessionId;
    request.caller = callerFor(found);
  });
}

/** Signed-in users act for themselves; the admin console makes its own caller for the user it acts on. */
export const callerFor = ({ user, via }: Authenticated): Caller => ({
  ownerId: user.id,
  actorId: user.id,
  role: user.role,
  via,
  timezone: user.timezone,
});

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
