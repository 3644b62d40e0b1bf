import { createHash, randomBytes } from 'node:crypto';
import type { CreatedToken, Token } from '@partwise/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Caller } from '../../core/caller';
import { notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { apiToken, user } from '../../db/schema';
import { type AuthUser, isSuspended } from './auth-user';

const TOKEN_PREFIX = 'pwf_';
/** last_used_at is refreshed at most this often, so reads stay reads. */
const LAST_USED_RESOLUTION_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createTokensService({ db, clock }: ServiceDeps) {
  // On every authenticated request: prepared once, so neither drizzle nor PostgreSQL re-plans it.
  const findByHash = db
    .select({
      tokenId: apiToken.id,
      lastUsedAt: apiToken.lastUsedAt,
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      timezone: user.timezone,
      banned: user.banned,
      banExpires: user.banExpires,
    })
    .from(apiToken)
    .innerJoin(user, eq(user.id, apiToken.ownerId))
    .where(eq(apiToken.tokenHash, sql.placeholder('hash')))
    .limit(1)
    .prepare('auth_token_by_hash');

  return {
    async create(caller: Caller, name: string): Promise<CreatedToken> {
      const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      const [row] = await db
        .insert(apiToken)
        .values({ ownerId: caller.ownerId, name, tokenHash: hashToken(token), createdAt: clock.now() })
        .returning({ id: apiToken.id, name: apiToken.name, createdAt: apiToken.createdAt });
      if (!row) throw new Error('token insert returned no row');
      return { id: row.id, name: row.name, token, createdAt: row.createdAt.toISOString() };
    },

    async list(caller: Caller): Promise<Token[]> {
      const rows = await db
        .select()
        .from(apiToken)
        .where(eq(apiToken.ownerId, caller.ownerId))
        .orderBy(desc(apiToken.createdAt), desc(apiToken.id));
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        createdAt: r.createdAt.toISOString(),
        lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
      }));
    },

    async revoke(caller: Caller, id: string): Promise<void> {
      const deleted = await db
        .delete(apiToken)
        .where(and(eq(apiToken.id, id), eq(apiToken.ownerId, caller.ownerId)))
        .returning({ id: apiToken.id });
      if (deleted.length === 0) throw notFound('Token');
    },

    /** The user a bearer token stands for, or null for an unknown token or a suspended user. */
    async authenticate(token: string): Promise<AuthUser | null> {
      if (!token.startsWith(TOKEN_PREFIX)) return null;
      const [row] = await findByHash.execute({ hash: hashToken(token) });
      const now = clock.now();
      if (!row || isSuspended(row, now)) return null;
      if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
        // Bookkeeping only: a failure here must not fail the request.
        db.update(apiToken)
          .set({ lastUsedAt: now })
          .where(eq(apiToken.id, row.tokenId))
          .catch(() => {});
      }
      const role = row.role === 'admin' ? 'admin' : 'user';
      return { id: row.id, email: row.email, name: row.name, role, timezone: row.timezone };
    },
  };
}

export type TokensService = ReturnType<typeof createTokensService>;
