import { Expense, ExpenseCreate, ExpenseList, ExpenseQuery, ExpenseUpdate, RecordId } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth-guard';
import type { ExpensesService } from './expenses.service';

const tags = ['expenses'];

export const expensesRoutes: FastifyPluginAsyncZod<{ expenses: ExpensesService }> = async (
  app,
  { expenses },
) => {
  app.get(
    '/expenses',
    {
      schema: {
        tags,
        summary: 'Your expenses, newest first, with their sum over the filters',
        querystring: ExpenseQuery,
        response: { 200: ExpenseList },
      },
    },
    async (request) => expenses.list(callerOf(request), request.query),
  );

  app.post(
    '/expenses',
    { schema: { tags, summary: 'Record an expense', body: ExpenseCreate, response: { 201: Expense } } },
    async (request, reply) => reply.status(201).send(await expenses.create(callerOf(request), request.body)),
  );

  app.get(
    '/expenses/:id',
    { schema: { tags, summary: 'One expense', params: RecordId, response: { 200: Expense } } },
    async (request) => expenses.get(callerOf(request), request.params.id),
  );

  app.patch(
    '/expenses/:id',
    {
      schema: {
        tags,
        summary: 'Change an expense',
        params: RecordId,
        body: ExpenseUpdate,
        response: { 200: Expense },
      },
    },
    async (request) => expenses.update(callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/expenses/:id',
    {
      schema: { tags, summary: 'Delete an expense', params: RecordId, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await expenses.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
