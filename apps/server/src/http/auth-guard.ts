import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import type { Auth } from '../modules/auth/auth';
import { type AuthUser, isSuspended } from '../modules/auth/auth-user';
import type { TokensService } from '../modules/auth/tokens.service';

declare module 'fastify' {
  interface FastifyRequest {
    authUser: AuthUser | null;
  }
}

/** Resolves the caller from `Authorization: Bearer <token>` or the session cookie. */
export function createAuthenticator(auth: Auth, tokens: TokensService, trustedOrigins: string[]) {
  return async (request: FastifyRequest): Promise<AuthUser | null> => {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      return match?.[1] ? tokens.authenticate(match[1]) : null;
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
    };
    if (isSuspended({ banned: u.banned ?? false, banExpires: u.banExpires ?? null })) return null;
    return { id: u.id, email: u.email, name: u.name, role: u.role === 'admin' ? 'admin' : 'user' };
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;

/** Every route registered in `scope` after this call requires a signed-in (and, optionally, admin) user. */
export function requireUser(scope: FastifyInstance, authenticate: Authenticator, role?: 'admin'): void {
  scope.decorateRequest('authUser', null);
  scope.addHook('onRequest', async (request) => {
    const found = await authenticate(request);
    if (!found)
      throw new AppError('UNAUTHENTICATED', 'Sign in, or send a valid API token, to use this route');
    if (role === 'admin' && found.role !== 'admin')
      throw new AppError('FORBIDDEN', 'Only admins may use this route');
    request.authUser = found;
  });
}

/** The caller of a route behind requireUser. */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.authUser) throw new AppError('UNAUTHENTICATED', 'Sign in to use this route');
  return request.authUser;
}
