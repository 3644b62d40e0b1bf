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

const NewPassword = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(128, 'must be at most 128 characters');

/** `POST /api/auth/change-password`: the current password proves it is you. */
export const PasswordChange = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(128, 'must be at most 128 characters'),
  newPassword: NewPassword,
  /** Also sign out every other session (this one stays signed in). */
  revokeOtherSessions: z.boolean().optional(),
});
export type PasswordChange = z.infer<typeof PasswordChange>;

/** `POST /api/v1/me/email`: a new sign-in email, confirmed with the password. */
export const EmailChange = z.strictObject({
  email: z.email('must be a valid email address').max(254, 'must be at most 254 characters'),
  password: z.string().min(1, 'is required').max(128, 'must be at most 128 characters'),
});
export type EmailChange = z.infer<typeof EmailChange>;

/** One signed-in browser or device. Its secret token never leaves the server. */
export const Session = z.object({
  id: z.string(),
  /** The browser's user agent, as it sent it when it signed in. */
  userAgent: z.string().nullable(),
  ipAddress: z.string().nullable(),
  createdAt: z.string(),
  /** When the session was last renewed: it is renewed at most once an hour while used. */
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type Session = z.infer<typeof Session>;

export const SessionList = z.object({ items: z.array(Session) });
export type SessionList = z.infer<typeof SessionList>;

/** Where the app is served: a sign-in page opened at another address says which one to open. */
export const AppAddress = z.object({
  /** BASE_URL: the address to open. */
  url: z.string(),
  /** Every origin sign-in works from: BASE_URL's, the other loopback names of a loopback one, Vite's in development. */
  origins: z.array(z.string()),
});
export type AppAddress = z.infer<typeof AppAddress>;
