import type { HistoryEntry } from '@partwise/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { Acting } from '../../core/caller';
import type { DbOrTx } from '../../db/client';
import { auditLog, user } from '../../db/schema';

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** One change to record; who made it, for whom and how comes from the caller. */
export interface AuditEntry {
  entity: 'part' | 'lot' | (string & {});
  entityId: string | number;
  action: string;
  changes?: Changes;
}

export async function recordAudit(db: DbOrTx, who: Acting, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(
    entries.map((e) => ({
      ownerId: who.ownerId,
      actorId: who.actorId,
      via: who.via,
      entity: e.entity,
      entityId: String(e.entityId),
      action: e.action,
      changes: e.changes ?? {},
      createdAt: who.now,
    })),
  );
}

/** The fields whose values differ between two versions of a record (compared as JSON). */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    const from = before[key];
    const to = after[key];
    if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

/**
 * A record's changes, oldest first, with who made each and how. The actor is named when it is the owner;
 * an administrator stays "an administrator" to the user, unless `namesAll` (an admin is looking).
 */
export async function historyOf(
  db: DbOrTx,
  ownerId: string,
  entity: string,
  entityId: string | number,
  { namesAll = false } = {},
): Promise<HistoryEntry[]> {
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      changes: auditLog.changes,
      actorId: auditLog.actorId,
      actorName: user.name,
      via: auditLog.via,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.ownerId, ownerId),
        eq(auditLog.entity, entity),
        eq(auditLog.entityId, String(entityId)),
      ),
    )
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id));
  return rows.map(({ actorId, actorName, ...r }) => ({
    ...r,
    actorName: namesAll || actorId === ownerId ? actorName : null,
    createdAt: r.createdAt.toISOString(),
  }));
}
