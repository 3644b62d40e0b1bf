import type { SignUp } from '@partwise/shared';
import { and, eq } from 'drizzle-orm';
import type { ServiceDeps } from '../../core/service-deps';
import { account, user } from '../../db/schema';
import type { Auth } from '../auth/auth';

/** Makes `email` an admin with this password: a new account, or an existing one promoted. */
export async function ensureAdmin(
  { db, clock }: ServiceDeps,
  auth: Auth,
  input: SignUp,
): Promise<'created' | 'promoted'> {
  const [existing] = await db
    .select({ id: user.id })
    .from(user)
    .where(eq(user.email, input.email.toLowerCase()));
  if (!existing) {
    const created = await auth.api.signUpEmail({ body: input });
    await db.update(user).set({ role: 'admin' }).where(eq(user.id, created.user.id));
    return 'created';
  }
  const ctx = await auth.$context;
  const passwordHash = await ctx.password.hash(input.password);
  const now = clock.now();
  await db.transaction(async (tx) => {
    await tx
      .update(user)
      .set({ role: 'admin', banned: false, updatedAt: now })
      .where(eq(user.id, existing.id));
    const updated = await tx
      .update(account)
      .set({ password: passwordHash, updatedAt: now })
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
