import type { Session } from '@partwise/shared';
import { and, desc, eq, gt } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import { notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { session } from '../../db/schema';
import { recordAudit } from '../audit/audit';

/**
 * The signed-in sessions of the caller's account (better-auth keeps them in `session`). Listed and signed out by
 * id: better-auth's own list-sessions hands every session's token to the browser, which needs none of them.
 */
export function createSessionsService({ db, clock }: ServiceDeps) {
  return {
    async list(caller: Caller, currentId: string | null): Promise<Session[]> {
      const rows = await db
        .select()
        .from(session)
        .where(and(eq(session.userId, caller.ownerId), gt(session.expiresAt, clock.now())))
        .orderBy(desc(session.updatedAt), desc(session.createdAt));
      // This browser first, then the others by when they were last seen.
      rows.sort((a, b) => Number(b.id === currentId) - Number(a.id === currentId));
      return rows.map((s) => ({
        id: s.id,
        userAgent: s.userAgent || null,
        ipAddress: s.ipAddress || null,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.updatedAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        current: s.id === currentId,
      }));
    },

    /** Sets the device and address of one of the caller's sessions, found by its token. */
    async describe(
      caller: Caller,
      token: string,
      device: { userAgent: string | null; ipAddress: string | null },
    ): Promise<void> {
      await db
        .update(session)
        .set(device)
        .where(and(eq(session.token, token), eq(session.userId, caller.ownerId)));
    },

    /** Signs one session out; it may be this one. */
    async revoke(caller: Caller, id: string): Promise<void> {
      const who = acting(caller, clock);
      await db.transaction(async (tx) => {
        const [gone] = await tx
          .delete(session)
          .where(and(eq(session.id, id), eq(session.userId, who.ownerId)))
          .returning({ id: session.id });
        if (!gone) throw notFound('Session');
        await recordAudit(tx, who, [{ entity: 'user', entityId: who.ownerId, action: 'sign_out_session' }]);
      });
    },
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
