import type { PlanId } from '@partwise/shared';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Config } from '../../config';
import type { DbOrTx } from '../../db/client';
import { aiUsage, subscription } from '../../db/schema';
import { exactInteger } from '../../db/sums';
import { effectivePlan } from './plans';

/** Assistant months are calendar months in UTC: the same reset instant for everyone, simple to explain. */
export function monthOf(now: Date): { month: string; start: Date; resetsAt: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const resetsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { month: start.toISOString().slice(0, 7), start, resetsAt };
}

export interface MonthUsage {
  month: string;
  resetsAt: string;
  inputTokens: number;
  outputTokens: number;
  usedTokens: number;
  byFeature: Record<string, { inputTokens: number; outputTokens: number }>;
}

/** The owner's assistant tokens this month, counted from an admin's reset when there was one this month. */
export async function monthUsage(db: DbOrTx, ownerId: string, now: Date): Promise<MonthUsage> {
  const { month, start, resetsAt } = monthOf(now);
  const [sub] = await db
    .select({ usageResetAt: subscription.usageResetAt })
    .from(subscription)
    .where(eq(subscription.userId, ownerId));
  const from = sub?.usageResetAt && sub.usageResetAt > start ? sub.usageResetAt : start;
  const rows = await db
    .select({
      feature: aiUsage.feature,
      input: sql`coalesce(sum(${aiUsage.inputTokens}), 0)::bigint`.mapWith(exactInteger),
      output: sql`coalesce(sum(${aiUsage.outputTokens}), 0)::bigint`.mapWith(exactInteger),
    })
    .from(aiUsage)
    .where(and(eq(aiUsage.ownerId, ownerId), gte(aiUsage.createdAt, from)))
    .groupBy(aiUsage.feature);
  const byFeature: MonthUsage['byFeature'] = {};
  let inputTokens = 0;
  let outputTokens = 0;
  for (const r of rows) {
    byFeature[r.feature] = { inputTokens: r.input, outputTokens: r.output };
    inputTokens += r.input;
    outputTokens += r.output;
  }
  return {
    month,
    resetsAt: resetsAt.toISOString(),
    inputTokens,
    outputTokens,
    usedTokens: inputTokens + outputTokens,
    byFeature,
  };
}

/** The owner's plan at `now` and its monthly token allowance. */
export async function allowance(
  db: DbOrTx,
  config: Config,
  ownerId: string,
  now: Date,
): Promise<{ plan: PlanId; limitTokens: number }> {
  const [row] = await db.select().from(subscription).where(eq(subscription.userId, ownerId));
  const plan = effectivePlan(row, now);
  return { plan, limitTokens: config.aiTokens[plan] };
}

export interface UsageRecord {
  ownerId: string;
  feature: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  /** True when counted with the tokenizer because the model server reported no usage. */
  estimated?: boolean;
}

/** Records one model call's tokens (the assistant calls this after each call, in its own transaction). */
export async function recordUsage(db: DbOrTx, record: UsageRecord, at: Date): Promise<void> {
  await db.insert(aiUsage).values({ ...record, estimated: record.estimated ?? false, createdAt: at });
}
