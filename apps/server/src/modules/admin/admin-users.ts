import type { AdminUser, AdminUserSort, PlanId, SubscriptionStatus } from '@partwise/shared';
import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { containsPattern } from '../../db/like';
import { aiUsage, apiToken, part, session, subscription, user } from '../../db/schema';
import { exactInteger } from '../../db/sums';
import { isSuspended } from '../auth/auth-user';
import { effectivePlan } from '../billing/plans';
import { monthOf } from '../billing/usage';

const toIso = (v: unknown): string | null =>
  v === null || v === undefined ? null : new Date(v as string | Date).toISOString();

/**
 * The admin's list of accounts with what an operator needs about each (plan, tokens this month, parts count,
 * last active), never what is in the account: counts and dates only.
 */
export async function listAdminUsers(
  db: Db,
  now: Date,
  {
    q,
    sort,
    page,
    pageSize,
    only,
  }: { q?: string; sort: AdminUserSort; page: number; pageSize: number; only?: string },
) {
  const where: SQL | undefined = and(
    q ? or(ilike(user.email, containsPattern(q)), ilike(user.name, containsPattern(q))) : undefined,
    only !== undefined ? eq(user.id, only) : undefined,
  );
  const { start } = monthOf(now);
  const lastActive = sql`greatest(
      (select max(${session.updatedAt}) from ${session} where ${session.userId} = ${user.id}),
      (select max(${apiToken.lastUsedAt}) from ${apiToken} where ${apiToken.ownerId} = ${user.id}))`;
  const usageFrom = sql`greatest(${start.toISOString()}::timestamptz, coalesce(${subscription.usageResetAt}, ${start.toISOString()}::timestamptz))`;
  const order =
    sort === 'signup'
      ? [asc(user.createdAt), asc(user.id)]
      : sort === '-signup'
        ? [desc(user.createdAt), desc(user.id)]
        : sort === 'active'
          ? [sql`${lastActive} asc nulls first`, asc(user.id)]
          : [sql`${lastActive} desc nulls last`, asc(user.id)];
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        user,
        sub: subscription,
        lastActiveAt: lastActive,
        partsCount: sql`(select count(*) from ${part} where ${part.ownerId} = ${user.id})::bigint`.mapWith(
          exactInteger,
        ),
        tokens: sql`(select coalesce(sum(${aiUsage.inputTokens} + ${aiUsage.outputTokens}), 0) from ${aiUsage}
          where ${aiUsage.ownerId} = ${user.id} and ${aiUsage.createdAt} >= ${usageFrom})::bigint`.mapWith(
          exactInteger,
        ),
      })
      .from(user)
      .leftJoin(subscription, eq(subscription.userId, user.id))
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(user).where(where),
  ]);
  return {
    items: rows.map((r) =>
      toAdminUser(r.user, r.sub ?? undefined, now, {
        tokensThisMonth: r.tokens,
        partsCount: r.partsCount,
        lastActiveAt: toIso(r.lastActiveAt),
      }),
    ),
    total: Number(totalRow?.total ?? 0),
    page,
    pageSize,
  };
}

export type UserRow = typeof user.$inferSelect;
type SubRow = typeof subscription.$inferSelect;

export function toAdminUser(
  u: UserRow,
  sub: SubRow | undefined,
  now: Date,
  extra: { tokensThisMonth: number; partsCount: number; lastActiveAt: string | null },
): AdminUser {
  const compLive = sub?.compPlan && sub.compUntil && sub.compUntil > now;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role === 'admin' ? 'admin' : 'user',
    suspended: isSuspended(u, now),
    createdAt: u.createdAt.toISOString(),
    plan: effectivePlan(sub, now),
    subscriptionStatus: (sub?.status ?? null) as SubscriptionStatus | null,
    comp:
      compLive && sub.compUntil ? { plan: sub.compPlan as PlanId, until: sub.compUntil.toISOString() } : null,
    ...extra,
  };
}

/** One user as the admin list shows them. */
export async function adminUserById(db: Db, id: string, now: Date): Promise<AdminUser | null> {
  const { items } = await listAdminUsers(db, now, { sort: 'signup', page: 1, pageSize: 1, only: id });
  return items[0] ?? null;
}
