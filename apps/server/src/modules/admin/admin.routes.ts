import {
  AdminComp,
  AdminUser,
  AdminUserList,
  AdminUserParams,
  AdminUserQuery,
  AdminUserUpdate,
  AuditList,
  AuditQuery,
  HistoryList,
  SystemInfo,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import type { AdminService } from './admin.service';

const tags = ['admin'];

/** Registered inside the admin-only scope: every route here answers 403 to a non-admin. */
export const adminRoutes: FastifyPluginAsyncZod<{ admin: AdminService }> = async (app, { admin }) => {
  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'All users with plan, tokens this month, parts count and last activity; search and sort',
        querystring: AdminUserQuery,
        response: { 200: AdminUserList },
      },
    },
    async (request) => admin.listUsers(request.query),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Suspend, reinstate, promote or demote a user (never yourself, never the last admin)',
        params: AdminUserParams,
        body: AdminUserUpdate,
        response: { 200: AdminUser },
      },
    },
    async (request) => admin.updateUser(callerOf(request), request.params.id, request.body),
  );

  app.put(
    '/users/:id/comp',
    {
      schema: {
        tags,
        summary: 'Grant a plan without payment until a date',
        params: AdminUserParams,
        body: AdminComp,
        response: { 200: AdminUser },
      },
    },
    async (request) => admin.comp(callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/users/:id/comp',
    {
      schema: {
        tags,
        summary: 'End a granted plan now',
        params: AdminUserParams,
        response: { 200: AdminUser },
      },
    },
    async (request) => admin.endComp(callerOf(request), request.params.id),
  );

  app.post(
    '/users/:id/usage-reset',
    {
      schema: {
        tags,
        summary: "Reset the user's assistant tokens for this month to zero",
        params: AdminUserParams,
        response: { 200: AdminUser },
      },
    },
    async (request) => admin.resetUsage(callerOf(request), request.params.id),
  );

  app.get(
    '/users/:id/history',
    {
      schema: {
        tags,
        summary: "A user account's history: role changes and suspensions, who made them and how",
        params: AdminUserParams,
        response: { 200: HistoryList },
      },
    },
    async (request) => ({ items: await admin.history(request.params.id) }),
  );

  app.get(
    '/audit',
    {
      schema: {
        tags,
        summary: 'The audit log of admin and billing events, newest first, searchable',
        querystring: AuditQuery,
        response: { 200: AuditList },
      },
    },
    async (request) => admin.audit(request.query),
  );

  app.get(
    '/audit.csv',
    {
      schema: {
        tags,
        summary: 'The audit log matching the search, as CSV (one row per changed field)',
        querystring: AuditQuery,
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="partwise-audit-log.csv"')
        .header('cache-control', 'no-store')
        .send(await admin.auditCsv(request.query.q)),
  );

  app.get(
    '/system',
    {
      schema: {
        tags,
        summary: 'Version, database, migrations, billing and webhook health',
        response: { 200: SystemInfo },
      },
    },
    async () => admin.system(),
  );
};
