import { hash, verify } from '@node-rs/argon2';
import { TimeZone } from '@partwise/shared';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin } from 'better-auth/plugins';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { account, session, user, verification } from '../../db/schema';

export const AUTH_BASE_PATH = '/api/auth';

/** better-auth owns users, passwords (argon2id) and cookie sessions; roles and bans come from its admin plugin. */
export function createAuth(db: Db, config: Config) {
  return betterAuth({
    appName: 'Partwise Forge',
    baseURL: config.baseUrl,
    basePath: AUTH_BASE_PATH,
    secret: config.authSecret,
    trustedOrigins: config.trustedOrigins,
    database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification } }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      password: {
        hash: (password) => hash(password),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
    },
    user: {
      additionalFields: {
        timezone: {
          type: 'string',
          required: false,
          defaultValue: 'UTC',
          input: true,
          // Also checked here, so that better-auth's own update-user route cannot store an unknown zone.
          validator: { input: TimeZone },
        },
      },
    },
    // A session's "last seen" (its updatedAt) moves when it is renewed: at most once an hour of use.
    session: { updateAge: 60 * 60 },
    plugins: [admin({ defaultRole: 'user', adminRoles: ['admin'] })],
    // Sign-in and sign-up are rate limited by our own PostgreSQL-backed limiter (http/rate-limit.ts).
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { disabled: config.env === 'test' },
    advanced: { database: { generateId: () => crypto.randomUUID() } },
  });
}

export type Auth = ReturnType<typeof createAuth>;
