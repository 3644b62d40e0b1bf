import type { AdminUser, AdminUserUpdate, HistoryEntry } from '@partwise/shared';
import { asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { acting, adminActingFor, type Caller } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { containsPattern } from '../../db/like';
import { session, user } from '../../db/schema';
import { type AuditEntry, historyOf, recordAudit } from '../audit/audit';
import { isSuspended } from '../auth/auth-user';
import { roleChange, suspension, suspensionChange } from './user-changes';

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

    /**
     * Role and suspension in one transaction, each change written to the user's audit log as the admin's
     * (owner: the user; actor: the admin; via: admin). Suspending ends every session at once; API tokens
     * stop working because the user is checked on each use.
     */
    async updateUser(admin: Caller, userId: string, update: AdminUserUpdate): Promise<AdminUser> {
      if (admin.actorId === userId && update.suspended)
        throw new AppError('RULE_VIOLATION', 'You cannot suspend your own account');
      if (admin.actorId === userId && update.role === 'user')
        throw new AppError('RULE_VIOLATION', 'You cannot remove your own admin role');
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(user).where(eq(user.id, userId)).for('update');
        if (!before) throw notFound('User');
        const who = acting(adminActingFor(admin, before), clock);
        const wasSuspended = isSuspended(before, who.now);
        const entries: AuditEntry[] = [];
        const set: Partial<UserRow> = {};
        if (update.role !== undefined && update.role !== before.role) {
          set.role = update.role;
          entries.push(roleChange(userId, before.role, update.role));
        }
        if (update.suspended !== undefined && update.suspended !== wasSuspended) {
          Object.assign(set, suspension(update.suspended, update.reason));
          entries.push(suspensionChange(userId, update.suspended, update.reason));
        }
        if (entries.length === 0) return toAdminUser(before, who.now);
        const [row] = await tx
          .update(user)
          .set({ ...set, updatedAt: who.now })
          .where(eq(user.id, userId))
          .returning();
        if (!row) throw notFound('User');
        if (update.suspended) await tx.delete(session).where(eq(session.userId, userId));
        await recordAudit(tx, who, entries);
        return toAdminUser(row, who.now);
      });
    },

    /** The user account's own history: role changes, suspensions, and what the user changed. */
    async history(userId: string): Promise<HistoryEntry[]> {
      const [found] = await db.select({ id: user.id }).from(user).where(eq(user.id, userId));
      if (!found) throw notFound('User');
      return historyOf(db, userId, 'user', userId, { namesAll: true });
    },
  };
}

export type AdminService = ReturnType<typeof createAdminService>;
