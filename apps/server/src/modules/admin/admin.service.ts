import type { AdminUser } from '@partwise/shared';
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Caller } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { containsPattern } from '../../db/like';
import { session, user } from '../../db/schema';
import { isSuspended } from '../auth/auth-user';

type UserRow = typeof user.$inferSelect;

const toAdminUser = (u: UserRow, now: Date): AdminUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role === 'admin' ? 'admin' : 'user',
  suspended: isSuspended(u, now),
  createdAt: u.createdAt.toISOString(),
});

export function createAdminService({ db, clock }: ServiceDeps) {
  return {
    async listUsers(q: string | undefined, page: number, pageSize: number) {
      const where: SQL | undefined = q
        ? or(ilike(user.email, containsPattern(q)), ilike(user.name, containsPattern(q)))
        : undefined;
      const [rows, [totalRow]] = await Promise.all([
        db
          .select()
          .from(user)
          .where(where)
          .orderBy(asc(user.createdAt), asc(user.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ total: count() }).from(user).where(where),
      ]);
      const now = clock.now();
      return {
        items: rows.map((r) => toAdminUser(r, now)),
        total: Number(totalRow?.total ?? 0),
        page,
        pageSize,
      };
    },

    /** Suspending ends every session at once; tokens stop working because the user is checked on each use. */
    async setSuspended(
      admin: Caller,
      userId: string,
      suspended: boolean,
      reason?: string,
    ): Promise<AdminUser> {
      if (admin.actorId === userId)
        throw new AppError('RULE_VIOLATION', 'You cannot suspend your own account');
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(user)
          .set({
            banned: suspended,
            banReason: suspended ? (reason ?? null) : null,
            banExpires: null,
            updatedAt: now,
          })
          .where(eq(user.id, userId))
          .returning();
        if (!row) throw notFound('User');
        if (suspended) await tx.delete(session).where(and(eq(session.userId, userId)));
        return toAdminUser(row, now);
      });
    },

    async setRole(admin: Caller, userId: string, role: 'user' | 'admin'): Promise<AdminUser> {
      if (admin.actorId === userId && role !== 'admin')
        throw new AppError('RULE_VIOLATION', 'You cannot remove your own admin role');
      const now = clock.now();
      const [row] = await db
        .update(user)
        .set({ role, updatedAt: now })
        .where(eq(user.id, userId))
        .returning();
      if (!row) throw notFound('User');
      return toAdminUser(row, now);
    },
  };
}

export type AdminService = ReturnType<typeof createAdminService>;
