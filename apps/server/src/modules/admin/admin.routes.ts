import { AdminUser, AdminUserList, AdminUserParams, AdminUserQuery, AdminUserUpdate } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../http/auth-guard';
import type { AdminService } from './admin.service';

/** Registered inside the admin-only scope: every route here answers 403 to a non-admin. */
export const adminRoutes: FastifyPluginAsyncZod<{ admin: AdminService }> = async (app, { admin }) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['admin'],
        summary: 'All users',
        querystring: AdminUserQuery,
        response: { 200: AdminUserList },
      },
    },
    async (request) => {
      const { q, page, pageSize } = request.query;
      return admin.listUsers(q, page, pageSize);
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Suspend, reinstate, promote or demote a user',
        params: AdminUserParams,
        body: AdminUserUpdate,
        response: { 200: AdminUser },
      },
    },
    async (request) => {
      const actor = currentUser(request).id;
      const { id } = request.params;
      let result: AdminUser | undefined;
      if (request.body.role !== undefined) result = await admin.setRole(actor, id, request.body.role);
      if (request.body.suspended !== undefined) {
        result = await admin.setSuspended(actor, id, request.body.suspended, request.body.reason);
      }
      if (!result) throw new Error('unreachable: AdminUserUpdate requires a change');
      return result;
    },
  );
};
