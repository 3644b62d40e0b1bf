import type { AdminComp, AdminUser, AdminUserSort, AdminUserUpdate, HistoryEntry } from '@partwise/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { Config } from '../../config';
import { type Acting, acting, adminActingFor, type Caller } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { Database, Tx } from '../../db/client';
import { session, subscription, user } from '../../db/schema';
import { type AuditEntry, historyOf, recordAudit } from '../audit/audit';
import { isSuspended } from '../auth/auth-user';
import { monthUsage } from '../billing/usage';
import { auditCsv, listAudit } from './admin-audit';
import { type SystemSeams, systemInfo } from './admin-system';
import { adminUserById, listAdminUsers, type UserRow } from './admin-users';
import { roleChange, suspension, suspensionChange } from './user-changes';

export function createAdminService({
  db,
  clock,
  database,
  config,
  seams = {},
}: ServiceDeps & { database: Database; config: Config; seams?: SystemSeams }) {
  const answer = async (userId: string): Promise<AdminUser> => {
    const found = await adminUserById(db, userId, clock.now());
    if (!found) throw notFound('User');
    return found;
  };

  /** Locks the target account and stamps the admin's call on it. */
  async function target(tx: Tx, admin: Caller, userId: string): Promise<{ before: UserRow; who: Acting }> {
    const [before] = await tx.select().from(user).where(eq(user.id, userId)).for('update');
    if (!before) throw notFound('User');
    return { before, who: acting(adminActingFor(admin, before), clock) };
  }

  return {
    listUsers: (query: { q?: string; sort: AdminUserSort; page: number; pageSize: number }) =>
      listAdminUsers(db, clock.now(), query),

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
      await db.transaction(async (tx) => {
        if (update.role === 'user' || update.suspended === true) {
          // Every active admin row is locked, in one order, before anyone loses the role: two admins demoting
          // each other at once are serialised, and the second finds it is no longer an admin.
          const admins = await tx
            .select({ id: user.id })
            .from(user)
            .where(and(eq(user.role, 'admin'), eq(user.banned, false)))
            .orderBy(asc(user.id))
            .for('update');
          if (!admins.some((a) => a.id === admin.actorId))
            throw new AppError('FORBIDDEN', 'You are no longer an admin');
          if (admins.every((a) => a.id === userId))
            throw new AppError('RULE_VIOLATION', 'The last admin cannot be demoted or suspended');
        }
        const { before, who } = await target(tx, admin, userId);
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
        if (entries.length === 0) return;
        await tx
          .update(user)
          .set({ ...set, updatedAt: who.now })
          .where(eq(user.id, userId));
        if (update.suspended) await tx.delete(session).where(eq(session.userId, userId));
        await recordAudit(tx, who, entries);
      });
      return answer(userId);
    },

    /** Grants a plan without payment until a date (comp); it applies over any paid plan while it lasts. */
    async comp(admin: Caller, userId: string, { plan, until }: AdminComp): Promise<AdminUser> {
      await db.transaction(async (tx) => {
        const { who } = await target(tx, admin, userId);
        const end = new Date(until);
        if (end <= who.now)
          throw new AppError('VALIDATION_FAILED', 'Check the end date', { until: 'must be in the future' });
        await tx.insert(subscription).values({ userId }).onConflictDoNothing();
        const [before] = await tx
          .select()
          .from(subscription)
          .where(eq(subscription.userId, userId))
          .for('update');
        await tx
          .update(subscription)
          .set({ compPlan: plan, compUntil: end, updatedAt: who.now })
          .where(eq(subscription.userId, userId));
        await recordAudit(tx, who, [
          {
            entity: 'subscription',
            entityId: userId,
            action: 'comp',
            changes: {
              compPlan: { from: before?.compPlan ?? null, to: plan },
              compUntil: { from: before?.compUntil?.toISOString() ?? null, to: end.toISOString() },
            },
          },
        ]);
      });
      return answer(userId);
    },

    async endComp(admin: Caller, userId: string): Promise<AdminUser> {
      await db.transaction(async (tx) => {
        const { who } = await target(tx, admin, userId);
        const [before] = await tx
          .select()
          .from(subscription)
          .where(eq(subscription.userId, userId))
          .for('update');
        if (!before?.compPlan) return;
        await tx
          .update(subscription)
          .set({ compPlan: null, compUntil: null, updatedAt: who.now })
          .where(eq(subscription.userId, userId));
        await recordAudit(tx, who, [
          {
            entity: 'subscription',
            entityId: userId,
            action: 'comp-end',
            changes: { compPlan: { from: before.compPlan, to: null } },
          },
        ]);
      });
      return answer(userId);
    },

    /** Starts the month's assistant token count again from now (the usage rows stay, for the record). */
    async resetUsage(admin: Caller, userId: string): Promise<AdminUser> {
      await db.transaction(async (tx) => {
        const { who } = await target(tx, admin, userId);
        const used = await monthUsage(tx, userId, who.now);
        await tx.insert(subscription).values({ userId }).onConflictDoNothing();
        await tx
          .update(subscription)
          .set({ usageResetAt: who.now, updatedAt: who.now })
          .where(eq(subscription.userId, userId));
        await recordAudit(tx, who, [
          {
            entity: 'subscription',
            entityId: userId,
            action: 'usage-reset',
            changes: { tokensThisMonth: { from: used.usedTokens, to: 0 } },
          },
        ]);
      });
      return answer(userId);
    },

    /** The user account's own history: role changes, suspensions, and what the user changed. */
    async history(userId: string): Promise<HistoryEntry[]> {
      const [found] = await db.select({ id: user.id }).from(user).where(eq(user.id, userId));
      if (!found) throw notFound('User');
      return historyOf(db, userId, 'user', userId, { namesAll: true });
    },

    audit: (query: { q?: string; page: number; pageSize: number }) => listAudit(db, query),
    auditCsv: (q: string | undefined) => auditCsv(db, q),
    system: () => systemInfo(database, config, clock.now(), seams),
  };
}

export type AdminService = ReturnType<typeof createAdminService>;
