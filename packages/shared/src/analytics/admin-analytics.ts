import { z } from 'zod';
import { lineText } from '../text';
import { AnalyticsRange } from './analytics';

export const JobRun = z.object({
  id: z.number().int(),
  job: z.string(),
  slot: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  outcome: z.enum(['ok', 'failed', 'skipped']),
  rows: z.number().int(),
  /** What the run found, in words (the drift it repaired). */
  detail: z.string().nullable(),
  error: z.string().nullable(),
});
export type JobRun = z.infer<typeof JobRun>;

export const JobRunList = z.object({
  /** The jobs this server runs, with their cron pattern (UTC). */
  jobs: z.array(z.object({ name: z.string(), schedule: z.string() })),
  /** The latest runs, newest first. */
  runs: z.array(JobRun),
});
export type JobRunList = z.infer<typeof JobRunList>;

export const JobName = z.object({ name: lineText().max(100) });

export const AdminAnalyticsQuery = AnalyticsRange;

const count = z.number().int();
const cents = z.number().int();

/** Platform-wide numbers: aggregates only, never one user's records. */
export const AdminAnalytics = z.object({
  from: z.string(),
  to: z.string(),
  users: z.object({
    total: count,
    /** Signed up in the range. */
    newInRange: count,
    /** Active on the range's last day, in its last 7 days, in its last 30 days. */
    dailyActive: count,
    weeklyActive: count,
    monthlyActive: count,
    byPlan: z.array(z.object({ plan: z.string(), users: count })),
  }),
  /** Monthly recurring revenue: zero until billing exists. */
  mrrCents: cents,
  /** Assistant tokens in the range: zero until the assistant exists. */
  assistantTokens: z.object({
    total: count,
    byFeature: z.array(z.object({ feature: z.string(), tokens: count })),
  }),
  /** Sales in the range over every user; the sample workshops' sales are left out. */
  sales: z.object({ count, volumeCents: cents }),
  /** Parts tracked now, by everyone; the sample workshops' parts are left out. */
  partsTracked: count,
  /** Per day of the range: sales count and volume over every user, active users and sign-ups, zero-filled. */
  daily: z.array(
    z.object({ day: z.string(), salesCount: count, volumeCents: cents, activeUsers: count, signUps: count }),
  ),
});
export type AdminAnalytics = z.infer<typeof AdminAnalytics>;
