import {
  AdminUser,
  AdminUserList,
  AdminUserParams,
  AdminUserQuery,
  AdminUserUpdate,
  HistoryList,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
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
    async (request) => admin.updateUser(callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/users/:id/history',
    {
      schema: {
        tags: ['admin'],
        summary: "A user account's history: role changes and suspensions, who made them and how",
        params: AdminUserParams,
        response: { 200: HistoryList },
      },
    },
    async (request) => ({ items: await admin.history(request.params.id) }),
  );
};
