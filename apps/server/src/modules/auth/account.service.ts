import type { Me, MeUpdate } from '@partwise/shared';
import { eq } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import { notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { user } from '../../db/schema';
import { diff, recordAudit } from '../audit/audit';

type UserRow = typeof user.$inferSelect;

const toMe = (u: UserRow): Me => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role === 'admin' ? 'admin' : 'user',
  timezone: u.timezone,
});

/** The signed-in user's own account: name and time zone. */
export function createAccountService({ db, clock }: ServiceDeps) {
  return {
    async update(caller: Caller, patch: MeUpdate): Promise<Me> {
      const who = acting(caller, clock);
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(user).where(eq(user.id, who.ownerId)).for('update');
        if (!before) throw notFound('User');
        const delta = diff(toMe(before), patch);
        if (Object.keys(delta).length === 0) return toMe(before);
        const [row] = await tx
          .update(user)
          .set({ ...patch, updatedAt: who.now })
          .where(eq(user.id, who.ownerId))
          .returning();
        if (!row) throw notFound('User');
        await recordAudit(tx, who, [{ entity: 'user', entityId: row.id, action: 'update', changes: delta }]);
        return toMe(row);
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
