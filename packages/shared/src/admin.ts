import { z } from 'zod';
import { Role } from './auth';
import { PlanId, SubscriptionStatus } from './billing';
import { PageQuery, pageOf } from './pagination';
import { lineText, SearchText, TextId } from './text';

export const AdminUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  suspended: z.boolean(),
  createdAt: z.string(),
  /** The plan that applies now (a comp plan while it lasts). */
  plan: PlanId,
  subscriptionStatus: SubscriptionStatus.nullable(),
  comp: z.object({ plan: PlanId, until: z.string() }).nullable(),
  tokensThisMonth: z.number().int(),
  partsCount: z.number().int(),
  /** The latest session activity or API token use; null if never seen since sign-up. */
  lastActiveAt: z.string().nullable(),
});
export type AdminUser = z.infer<typeof AdminUser>;

export const AdminUserList = pageOf(AdminUser);
export type AdminUserList = z.infer<typeof AdminUserList>;

export const ADMIN_USER_SORTS = ['signup', '-signup', 'active', '-active'] as const;
export const AdminUserQuery = PageQuery.extend({
  q: SearchText.optional(),
  /** Sign-up or last active, oldest first; a leading minus for newest first. */
  sort: z.enum(ADMIN_USER_SORTS).default('signup'),
});
export type AdminUserSort = (typeof ADMIN_USER_SORTS)[number];

export const AdminUserParams = z.object({ id: TextId });

export const AdminUserUpdate = z
  .strictObject({
    role: Role.optional(),
    suspended: z.boolean().optional(),
    reason: lineText().max(500, 'must be at most 500 characters').optional(),
  })
  .refine((v) => v.role !== undefined || v.suspended !== undefined, {
    message: 'give a role or suspended',
  });
export type AdminUserUpdate = z.infer<typeof AdminUserUpdate>;

/** A plan granted without payment until `until` (a date-time in the future). */
export const AdminComp = z.strictObject({
  plan: PlanId,
  until: z.iso.datetime({ offset: true }),
});
export type AdminComp = z.infer<typeof AdminComp>;

export const AuditQuery = PageQuery.extend({
  /** Words in the action, the entity, or the email or name of the user or the actor. */
  q: SearchText.optional(),
});

export const AuditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  via: z.string(),
  actor: z.object({ id: z.string(), email: z.string() }).nullable(),
  subject: z.object({ id: z.string(), email: z.string() }),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
export type AuditRow = z.infer<typeof AuditRow>;
export const AuditList = pageOf(AuditRow);
export type AuditList = z.infer<typeof AuditList>;

export const SystemInfo = z.object({
  version: z.string(),
  database: z.object({
    engine: z.enum(['pglite', 'postgres']),
    sizeBytes: z.number().int(),
    migrations: z.number().int(),
    lastMigration: z.string().nullable(),
  }),
  billingConfigured: z.boolean(),
  webhooks24h: z.object({ received: z.number().int(), failed: z.number().int() }),
  /** Filled in by the analytics work (job_run); empty until then. */
  jobRuns: z.array(z.object({ job: z.string(), startedAt: z.string(), outcome: z.string() })),
  /** The assistant: its provider (`none` when not configured), model, and whether its server answers now. */
  assistant: z.object({ provider: z.string(), model: z.string(), reachable: z.boolean() }).nullable(),
  users: z.object({ total: z.number().int(), admins: z.number().int(), suspended: z.number().int() }),
});
export type SystemInfo = z.infer<typeof SystemInfo>;
