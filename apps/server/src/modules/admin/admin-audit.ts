import { type AuditRow, toCsv } from '@partwise/shared';
import { and, count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { containsPattern } from '../../db/like';
import { auditLog, user } from '../../db/schema';

/** The admin's audit log: account and billing events (role, suspension, comp plans, subscriptions). */
export const ADMIN_AUDIT_ENTITIES = ['user', 'subscription'];

const actor = alias(user, 'actor');

function whereOf(q: string | undefined): SQL | undefined {
  const pattern = q ? containsPattern(q) : null;
  return and(
    inArray(auditLog.entity, ADMIN_AUDIT_ENTITIES),
    pattern
      ? or(
          ilike(auditLog.action, pattern),
          ilike(user.email, pattern),
          ilike(user.name, pattern),
          ilike(actor.email, pattern),
        )
      : undefined,
  );
}

export async function listAudit(
  db: Db,
  { q, page, pageSize }: { q?: string; page: number; pageSize: number },
): Promise<{ items: AuditRow[]; total: number; page: number; pageSize: number }> {
  const where = whereOf(q);
  const base = () =>
    db
      .select({ log: auditLog, subjectEmail: user.email, actorEmail: actor.email })
      .from(auditLog)
      .innerJoin(user, eq(user.id, auditLog.ownerId))
      .leftJoin(actor, eq(actor.id, auditLog.actorId));
  const [rows, [totalRow]] = await Promise.all([
    base()
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: count() })
      .from(auditLog)
      .innerJoin(user, eq(user.id, auditLog.ownerId))
      .leftJoin(actor, eq(actor.id, auditLog.actorId))
      .where(where),
  ]);
  return {
    items: rows.map(({ log, subjectEmail, actorEmail }) => ({
      id: log.id,
      at: log.createdAt.toISOString(),
      action: log.action,
      entity: log.entity,
      entityId: log.entityId,
      via: log.via,
      actor: log.actorId && actorEmail ? { id: log.actorId, email: actorEmail } : null,
      subject: { id: log.ownerId, email: subjectEmail },
      changes: log.changes,
    })),
    total: Number(totalRow?.total ?? 0),
    page,
    pageSize,
  };
}

const show = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/** A spreadsheet cell that starts like a formula is read as text (CSV injection). */
const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** The whole log matching `q` as CSV: one row per changed field, with its value before and after. */
export async function auditCsv(db: Db, q: string | undefined): Promise<string> {
  const rows: string[][] = [['at', 'action', 'entity', 'user', 'actor', 'via', 'field', 'before', 'after']];
  for (let page = 1; ; page++) {
    const { items } = await listAudit(db, { q, page, pageSize: 500 });
    for (const r of items) {
      const fields = Object.entries(r.changes);
      const base = [r.at, r.action, r.entity, r.subject.email, r.actor?.email ?? r.via, r.via];
      if (fields.length === 0) rows.push([...base, '', '', '']);
      for (const [field, { from, to }] of fields) rows.push([...base, field, show(from), show(to)]);
    }
    if (items.length < 500) break;
  }
  return toCsv(
    rows.map((r) => r.map(cell)),
    { bom: true },
  );
}
