import type { Role } from '@partwise/shared';
import type { user } from '../../db/schema';
import type { AuditEntry } from '../audit/audit';

/** The audit entry of a role change on a user account. */
export const roleChange = (userId: string, from: string, to: Role): AuditEntry => ({
  entity: 'user',
  entityId: userId,
  action: 'role',
  changes: { role: { from, to } },
});

/** The account columns that suspend (better-auth's ban, without an end) or reinstate a user. */
export const suspension = (suspended: boolean, reason?: string): Partial<typeof user.$inferSelect> => ({
  banned: suspended,
  banReason: suspended ? (reason ?? null) : null,
  banExpires: null,
});

export const suspensionChange = (userId: string, suspended: boolean, reason?: string): AuditEntry => ({
  entity: 'user',
  entityId: userId,
  action: suspended ? 'suspend' : 'reinstate',
  changes: {
    suspended: { from: !suspended, to: suspended },
    ...(suspended && reason ? { reason: { from: null, to: reason } } : {}),
  },
});
