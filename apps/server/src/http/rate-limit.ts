import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import { type Db, queryRows } from '../db/client';

export interface RateLimitRule {
  /** Name of what is limited, e.g. "sign-in". */
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * A fixed-window counter per client and rule, kept in PostgreSQL so that every API process shares it.
 * One atomic upsert per request: no check-then-write race.
 */
export function createRateLimiter(db: Db) {
  return async function hit(rule: RateLimitRule, request: FastifyRequest): Promise<void> {
    const key = `${rule.name}:${request.ip}`;
    const [row] = await queryRows<{ hits: number; retry_after: number }>(
      db,
      sql`
      insert into rate_limit (key, hits, window_ends_at)
      values (${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
      on conflict (key) do update set
        hits = case when rate_limit.window_ends_at <= now() then 1 else rate_limit.hits + 1 end,
        window_ends_at = case when rate_limit.window_ends_at <= now()
          then now() + make_interval(secs => ${rule.windowSeconds}) else rate_limit.window_ends_at end
      returning hits, ceil(extract(epoch from window_ends_at - now()))::int as retry_after`,
    );
    if (row && row.hits > rule.max) {
      throw new AppError('RATE_LIMITED', `Too many ${rule.name} attempts; try again in ${row.retry_after} s`);
    }
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
