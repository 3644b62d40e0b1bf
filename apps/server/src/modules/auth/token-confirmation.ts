import { type SQL, sql } from 'drizzle-orm';
import type { Caller } from '../../core/caller';

/**
 * A hot route answers a token this process remembers without reading it first: its own statement confirms, in
 * the same snapshot as the data it reads, that the token still exists for this owner and that the user is not
 * banned and still has the role and time zone the caller was built with (ADR 004). One round trip instead of
 * two, and a revocation or a suspension still holds at once on every process.
 */

/** Thrown by a service whose statement did not confirm the caller's remembered token: the request is answered
 * again after reading the token (auth-guard.ts). */
export class TokenNotConfirmed extends Error {
  constructor() {
    super('The remembered API token was not confirmed by the statement');
  }
}

const p = (name: string) => sql.placeholder(name);

/**
 * True when the caller has no remembered token to confirm, or when it is confirmed for the statement's owner
 * (placeholder `ownerId`). Uncorrelated: PostgreSQL evaluates it once per statement (an InitPlan), and not at
 * all when there is nothing to confirm.
 */
export const tokenConfirmedSql: SQL = sql`(${p('tokenHash')}::text is null or exists (
    select from api_token t join "user" u on u.id = t.owner_id
    where t.token_hash = ${p('tokenHash')} and t.owner_id = ${p('ownerId')}
      and u.banned is not true and u.timezone = ${p('tokenTimezone')}
      and (u.role is not distinct from 'admin') = ${p('tokenAdmin')}::boolean))`;

/** A token the auth guard recalled from memory: shared by the caller's copies, so the guard sees it confirmed. */
export interface RecalledToken {
  hash: string;
  confirmed: boolean;
}

/** Every placeholder `tokenConfirmedSql` reads (the statement's `ownerId` included), from the caller. */
export const tokenParams = (caller: Caller) => ({
  ownerId: caller.ownerId,
  tokenHash: caller.token?.hash ?? null,
  tokenTimezone: caller.timezone,
  tokenAdmin: caller.role === 'admin',
});

/** Notes the statement's answer on the caller's recalled token: TokenNotConfirmed when it was not confirmed. */
export function confirmToken(caller: Caller, confirmed: unknown): void {
  if (!caller.token) return;
  if (confirmed !== true) throw new TokenNotConfirmed();
  caller.token.confirmed = true;
}
