import type { AdminUser } from '@partwise/shared';
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { AppError, notFound } from '../../core/errors';
import type { Db } from '../../db/client';
import { containsPattern } from '../../db/like';
import { session, user } from '../../db/schema';
import { isSuspended } from '../auth/auth-user';

type UserRow = typeof user.$inferSelect;

const toAdminUser = (u: UserRow): AdminUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role === 'admin' ? 'admin' : 'user',
  suspended: isSuspended(u),
  createdAt: u.createdAt.toISOString(),
});

export function createAdminService({ db }: { db: Db }) {
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
      return { items: rows.map(toAdminUser), total: Number(totalRow?.total ?? 0), page, pageSize };
    },

    /** Suspending ends every session at once; tokens stop working because the user is checked on each use. */
    async setSuspended(
      actorId: string,
      userId: string,
      suspended: boolean,
      reason?: string,
    ): Promise<AdminUser> {
      if (actorId === userId) throw new AppError('RULE_VIOLATION', 'You cannot suspend your own account');
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(user)
          .set({
            banned: suspended,
            banReason: suspended ? (reason ?? null) : null,
            banExpires: null,
            updatedAt: new Date(),
          })
          .where(eq(user.id, userId))
          .returning();
        if (!row) throw notFound('User');
        if (suspended) await tx.delete(session).where(and(eq(session.userId, userId)));
        return toAdminUser(row);
      });
    },

    async setRole(actorId: string, userId: string, role: 'user' | 'admin'): Promise<AdminUser> {
      if (actorId === userId && role !== 'admin')
        throw new AppError('RULE_VIOLATION', 'You cannot remove your own admin role');
      const [row] = await db
        .update(user)
        .set({ role, updatedAt: new Date() })
        .where(eq(user.id, userId))
        .returning();
      if (!row) throw notFound('User');
      return toAdminUser(row);
    },
  };
}

export type AdminService = ReturnType<typeof createAdminService>;
