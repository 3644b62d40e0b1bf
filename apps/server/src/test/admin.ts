import { eq } from 'drizzle-orm';
import { user } from '../db/schema';
import type { TestContext } from './app';
import { signUp, type TestUser } from './users';

/** A signed-up user promoted to admin directly in the database (as `npm run admin:create` would). */
export async function signUpAdmin(ctx: TestContext): Promise<TestUser> {
  const admin = await signUp(ctx.app, { name: 'Admin' });
  await ctx.database.db.update(user).set({ role: 'admin' }).where(eq(user.id, admin.id));
  return admin;
}
