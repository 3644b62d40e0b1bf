import { createHash } from 'node:crypto';
import type { AiFeature } from '@partwise/shared';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type DbOrTx, queryRows } from '../../db/client';
import { aiCache } from '../../db/schema';

/** How long a kept answer is reused: past it, the request is a new call and the nightly job removes it. */
export const CACHE_DAYS = 30;

const expiry = (now: Date) => new Date(now.getTime() - CACHE_DAYS * 86_400_000);

/**
 * The key of a model answer: a SHA-256 of everything it depends on. Callers pass the feature, the model, the
 * prompt's version and the messages (which hold the record), so a change to any of them is a new call.
 */
export function cacheKey(feature: AiFeature, model: string, promptVersion: string, input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([feature, model, promptVersion, input]))
    .digest('hex');
}

/**
 * The owner's kept model answers, shared by every server process through the database. `schema` checks a kept
 * value before it is reused: one that no longer fits is a miss.
 */
export function createAiCache(db: DbOrTx) {
  return {
    async get<T>(who: { ownerId: string; now: Date }, key: string, schema: z.ZodType<T>): Promise<T | null> {
      const [row] = await db
        .select({ value: aiCache.value })
        .from(aiCache)
        .where(
          and(eq(aiCache.ownerId, who.ownerId), eq(aiCache.key, key), gt(aiCache.createdAt, expiry(who.now))),
        );
      if (!row) return null;
      const parsed = schema.safeParse(row.value);
      return parsed.success ? parsed.data : null;
    },

    /**
     * Keeps an answer. When two processes answered the same request at once the first kept wins; an expired
     * answer that the nightly job has not removed yet is replaced.
     */
    async put(
      who: { ownerId: string; now: Date },
      feature: AiFeature,
      key: string,
      value: unknown,
    ): Promise<void> {
      await db
        .insert(aiCache)
        .values({ ownerId: who.ownerId, key, feature, value, createdAt: who.now })
        .onConflictDoUpdate({
          target: [aiCache.ownerId, aiCache.key],
          set: { feature, value, createdAt: who.now },
          setWhere: lte(aiCache.createdAt, expiry(who.now)),
        });
    },
  };
}

export type AiCache = ReturnType<typeof createAiCache>;

/** Removes the answers past CACHE_DAYS (the nightly job); returns how many. */
export async function pruneAiCache(db: DbOrTx, now: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`with gone as (delete from ${aiCache} where ${lte(aiCache.createdAt, expiry(now))} returning 1)
      select count(*)::int as n from gone`,
  );
  return row?.n ?? 0;
}
