import type { SignUp } from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import { type Acting, acting, systemActingFor } from '../../core/caller';
import type { ServiceDeps } from '../../core/service-deps';
import type { Tx } from '../../db/client';
import { account, user } from '../../db/schema';
import { type AuditEntry, recordAudit } from '../audit/audit';
import type { Auth } from '../auth/auth';
import { isSuspended } from '../auth/auth-user';
import { roleChange, suspension, suspensionChange } from './user-changes';

/**
 * Makes `email` an admin with this password: a new account, or an existing one promoted (and reinstated).
 * The operator runs it on the server, so the account's history records it as the system's doing.
 */
export async function ensureAdmin(
  { db, clock }: ServiceDeps,
  auth: Auth,
  input: SignUp,
): Promise<'created' | 'promoted'> {
  const [existing] = await db.select().from(user).where(eq(user.email, input.email.toLowerCase()));
  if (!existing) {
    const created = await auth.api.signUpEmail({ body: input });
    const who = acting(systemActingFor({ id: created.user.id, timezone: input.timezone ?? 'UTC' }), clock);
    await db.transaction((tx) => promote(tx, who, 'user', false));
    return 'created';
  }
  const ctx = await auth.$context;
  const passwordHash = await ctx.password.hash(input.password);
  const who = acting(systemActingFor(existing), clock);
  await db.transaction(async (tx) => {
    await promote(tx, who, existing.role, isSuspended(existing, who.now));
    const updated = await tx
      .update(account)
      .set({ password: passwordHash, updatedAt: who.now })
      .where(and(eq(account.userId, existing.id), eq(account.providerId, 'credential')))
      .returning({ id: account.id });
    if (updated.length === 0) {
      await tx.insert(account).values({
        id: crypto.randomUUID(),
        accountId: existing.id,
        providerId: 'credential',
        userId: existing.id,
        password: passwordHash,
      });
    }
  });
  return 'promoted';
}

async function promote(tx: Tx, who: Acting, role: string, suspended: boolean): Promise<void> {
  const userId = who.ownerId;
  await tx
    .update(user)
    .set({ role: 'admin', ...suspension(false), updatedAt: who.now })
    .where(eq(user.id, userId));
  const entries: AuditEntry[] = [];
  if (role !== 'admin') entries.push(roleChange(userId, role, 'admin'));
  if (suspended) entries.push(suspensionChange(userId, false));
  await recordAudit(tx, who, entries);
}
