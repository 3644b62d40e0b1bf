import { z } from 'zod';
import { Role } from './auth';
import { PageQuery, pageOf } from './pagination';

export const AdminUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  suspended: z.boolean(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof AdminUser>;

export const AdminUserList = pageOf(AdminUser);
export type AdminUserList = z.infer<typeof AdminUserList>;

export const AdminUserQuery = PageQuery.extend({ q: z.string().trim().max(200).optional() });

export const AdminUserUpdate = z
  .object({
    role: Role.optional(),
    suspended: z.boolean().optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((v) => v.role !== undefined || v.suspended !== undefined, {
    message: 'give a role or suspended',
  });
export type AdminUserUpdate = z.infer<typeof AdminUserUpdate>;
