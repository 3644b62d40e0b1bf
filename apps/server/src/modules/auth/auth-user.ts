import type { Role } from '@partwise/shared';

/** Who is asking, whether by cookie session or by API token. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** IANA time zone of the account. */
  timezone: string;
}

export function isSuspended(u: { banned: boolean | null; banExpires: Date | null }, now: Date): boolean {
  return Boolean(u.banned) && (!u.banExpires || u.banExpires > now);
}
