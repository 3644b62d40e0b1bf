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

/** How many tokens a process remembers (the oldest is forgotten first). */
const MAX_REMEMBERED = 10_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A token this process has read and found valid: the route's statement confirms it later (ADR 004). */
interface Remembered {
  tokenId: string;
  user: AuthUser;
  lastUsedAt: Date | null;
}

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

  const remembered = new Map<string, Remembered>();
  const remember = (hash: string, entry: Remembered) => {
    remembered.delete(hash);
    remembered.set(hash, entry);
    if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  };

  /** last_used_at moves at most once a minute per token (bookkeeping: a failure must not fail the request). */
  const noteUse = (entry: { tokenId: string; lastUsedAt: Date | null }, now: Date) => {
    if (entry.lastUsedAt && now.getTime() - entry.lastUsedAt.getTime() <= LAST_USED_RESOLUTION_MS) return;
    entry.lastUsedAt = now;
    db.update(apiToken)
      .set({ lastUsedAt: now })
      .where(eq(apiToken.id, entry.tokenId))
      .catch(() => {});
  };

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

    /**
     * The user a bearer token stands for, read from the database, or null for an unknown token or a suspended
     * user. A valid token is remembered for `recall`.
     */
    async authenticate(token: string): Promise<AuthUser | null> {
      if (!token.startsWith(TOKEN_PREFIX)) return null;
      const hash = hashToken(token);
      const [row] = await findByHash.execute({ hash });
      const now = clock.now();
      if (!row || isSuspended(row, now)) {
        remembered.delete(hash);
        return null;
      }
      const role = row.role === 'admin' ? 'admin' : 'user';
      const user: AuthUser = { id: row.id, email: row.email, name: row.name, role, timezone: row.timezone };
      const entry = { tokenId: row.tokenId, user, lastUsedAt: row.lastUsedAt };
      noteUse(entry, now);
      // A user with a ban, even an expired one, is read every time: the statements' check refuses any ban.
      if (row.banned) remembered.delete(hash);
      else remember(hash, entry);
      return user;
    },

    /**
     * The user a token stood for when this process last read it, without reading it: only for a route whose
     * statement confirms the token (`tokenConfirmedSql`), so that a revocation or a suspension holds at once on
     * every process.
     */
    recall(token: string): { user: AuthUser; tokenHash: string } | null {
      if (!token.startsWith(TOKEN_PREFIX)) return null;
      const tokenHash = hashToken(token);
      const entry = remembered.get(tokenHash);
      if (!entry) return null;
      noteUse(entry, clock.now());
      return { user: entry.user, tokenHash };
    },
  };
}

export type TokensService = ReturnType<typeof createTokensService>;
