import { verify } from '@node-rs/argon2';
import type { EmailChange, HistoryEntry, Me, MeUpdate } from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import type { DbOrTx } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { account, user } from '../../db/schema';
import { diff, historyOf, recordAudit } from '../audit/audit';

type UserRow = typeof user.$inferSelect;

const toMe = (u: UserRow): Me => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role === 'admin' ? 'admin' : 'user',
  timezone: u.timezone,
});

const wrongPassword = (field: string) =>
  new AppError('VALIDATION_FAILED', 'The password is not right', { [field]: 'is not your current password' });

/** Account-level events that change no field (a password, sign-outs) are audited as actions on the user. */
export type AccountEvent = 'password_change' | 'sign_out_others' | 'sign_out_everywhere' | 'sign_out_session';

/** The signed-in user's own account: name, time zone, sign-in email, and its history. */
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

    /**
     * A new sign-in email, after the password. better-auth's change-email cannot serve: it asks no password,
     * and answers "done" for an address another account holds (so as not to reveal it) without changing it.
     */
    async changeEmail(caller: Caller, { email, password }: EmailChange): Promise<Me> {
      const who = acting(caller, clock);
      const next = email.toLowerCase();
      try {
        return await db.transaction(async (tx) => {
          const [before] = await tx.select().from(user).where(eq(user.id, who.ownerId)).for('update');
          if (!before) throw notFound('User');
          if (!(await passwordMatches(tx, who.ownerId, password))) throw wrongPassword('password');
          if (before.email === next)
            throw new AppError('VALIDATION_FAILED', 'This is already your email', {
              email: 'is already your email',
            });
          const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.email, next));
          if (taken) throw emailTaken();
          const [row] = await tx
            .update(user)
            .set({ email: next, emailVerified: false, updatedAt: who.now })
            .where(eq(user.id, who.ownerId))
            .returning();
          if (!row) throw notFound('User');
          await recordAudit(tx, who, [
            {
              entity: 'user',
              entityId: row.id,
              action: 'email_change',
              changes: { email: { from: before.email, to: next } },
            },
          ]);
          return toMe(row);
        });
      } catch (err) {
        // Two accounts asking for one address at once: the unique index lets one through.
        if (isUniqueViolation(err)) throw emailTaken();
        throw err;
      }
    },

    /** The account's own changes, oldest first: profile, email, password, sign-outs, and an admin's. */
    history(caller: Caller): Promise<HistoryEntry[]> {
      return historyOf(db, caller.ownerId, 'user', caller.ownerId);
    },

    /** Records what better-auth did for this caller (it changes the password and sessions itself). */
    async recordEvent(
      caller: Caller,
      action: AccountEvent,
      changes: Record<string, { from: unknown; to: unknown }> = {},
    ) {
      const who = acting(caller, clock);
      await recordAudit(db, who, [{ entity: 'user', entityId: who.ownerId, action, changes }]);
    },
  };
}

const emailTaken = () =>
  new AppError('CONFLICT', 'Another account already uses this email', {
    email: 'is used by another account',
  });

async function passwordMatches(tx: DbOrTx, userId: string, password: string): Promise<boolean> {
  const [credential] = await tx
    .select({ hash: account.password })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, 'credential')));
  if (!credential?.hash) return false;
  return verify(credential.hash, password).catch(() => false);
}

export type AccountService = ReturnType<typeof createAccountService>;
