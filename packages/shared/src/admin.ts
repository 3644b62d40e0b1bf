import { z } from 'zod';
import { Role } from './auth';
import { PageQuery, pageOf } from './pagination';
import { lineText, SearchText, TextId } from './text';

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

export const AdminUserQuery = PageQuery.extend({ q: SearchText.optional() });

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
