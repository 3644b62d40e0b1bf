import { z } from 'zod';
import { lineText } from './text';
import { TimeZone } from './time/zone-schema';

export const ROLES = ['user', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * How a change reached the data: the owner in the app (session) or through an API token, an administrator,
 * a scheduled job (system), a payment provider's webhook, or an assistant suggestion the owner accepted.
 */
export const CHANNELS = ['session', 'token', 'admin', 'system', 'webhook', 'assistant'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const SignUp = z.strictObject({
  email: z.email('must be a valid email address').max(254),
  password: z.string().min(8, 'must be at least 8 characters').max(128, 'must be at most 128 characters'),
  name: lineText().min(1, 'is required').max(100, 'must be at most 100 characters'),
  /** The browser's zone at sign-up; UTC when not given. */
  timezone: TimeZone.optional(),
});
export type SignUp = z.infer<typeof SignUp>;

export const SignIn = z.strictObject({
  email: z.email('must be a valid email address').max(254),
  password: z.string().min(1, 'is required').max(128),
  rememberMe: z.boolean().optional(),
});
export type SignIn = z.infer<typeof SignIn>;

export const Me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  /** IANA time zone: "today", "this month" and date defaults follow it on the server and the web. */
  timezone: TimeZone,
});
export type Me = z.infer<typeof Me>;

/** What the signed-in user may change about their own account through `PATCH /api/v1/me`. */
export const MeUpdate = z.strictObject({
  name: lineText().min(1, 'is required').max(100, 'must be at most 100 characters').optional(),
  timezone: TimeZone.optional(),
});
export type MeUpdate = z.infer<typeof MeUpdate>;

export const TokenCreate = z.strictObject({
  name: lineText().min(1, 'is required').max(100, 'must be at most 100 characters'),
});
export type TokenCreate = z.infer<typeof TokenCreate>;

export const Token = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type Token = z.infer<typeof Token>;

/** Only the response to creation carries the secret; it is never shown again. */
export const CreatedToken = z.object({
  id: z.string(),
  name: z.string(),
  token: z.string(),
  createdAt: z.string(),
});
export type CreatedToken = z.infer<typeof CreatedToken>;

export const TokenList = z.object({ items: z.array(Token) });
export type TokenList = z.infer<typeof TokenList>;
