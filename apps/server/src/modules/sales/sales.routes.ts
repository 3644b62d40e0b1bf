import {
  Pnl,
  PnlQuery,
  RecordId,
  SaleCreate,
  SaleDetail,
  SaleList,
  SaleQuery,
  SaleRefundCreate,
  SaleUpdate,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import type { PnlService } from './pnl.service';
import type { SalesService } from './sales.service';

const tags = ['sales'];

export const salesRoutes: FastifyPluginAsyncZod<{ sales: SalesService; pnl: PnlService }> = async (
  app,
  { sales, pnl },
) => {
  app.get(
    '/sales',
    {
      schema: {
        tags,
        summary: 'Your sales, newest first, with totals over every sale matching the filters',
        querystring: SaleQuery,
        response: { 200: SaleList },
      },
    },
    async (request) => sales.list(callerOf(request), request.query),
  );

  app.post(
    '/sales',
    {
      schema: {
        tags,
        summary: 'Record the sale of a listing, a part or a build (409 if it is already sold)',
        body: SaleCreate,
        response: { 201: SaleDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await sales.create(callerOf(request), request.body)),
  );

  app.get(
    '/sales/:id',
    {
      schema: {
        tags,
        summary: 'One sale with the parts it sold and its refunds',
        params: RecordId,
        response: { 200: SaleDetail },
      },
    },
    async (request) => sales.get(callerOf(request), request.params.id),
  );

  app.patch(
    '/sales/:id',
    {
      schema: {
        tags,
        summary: "Correct a sale's date, price, fees, shipping, platform or note",
        params: RecordId,
        body: SaleUpdate,
        response: { 200: SaleDetail },
      },
    },
    async (request) => sales.update(callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/sales/:id/refund',
    {
      schema: {
        tags,
        summary: 'Record a full or partial refund; with restock the goods go back to inventory at their cost',
        params: RecordId,
        body: SaleRefundCreate,
        response: { 200: SaleDetail },
      },
    },
    async (request) => sales.refund(callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/pnl',
    {
      schema: {
        tags,
        summary: 'Profit and loss for a date range (both ends included), in cents',
        querystring: PnlQuery,
        response: { 200: Pnl },
      },
    },
    async (request) => pnl.get(callerOf(request), request.query),
  );
};
