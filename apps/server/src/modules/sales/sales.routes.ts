import { Readable } from 'node:stream';
import {
  HistoryList,
  Pnl,
  PnlQuery,
  RecordId,
  SaleCreate,
  SaleDetail,
  SaleFilters,
  SaleList,
  SaleQuery,
  SaleRefundCreate,
  SaleUpdate,
  SaleVoid,
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

  // A static segment: Fastify's router prefers it to GET /sales/:id.
  app.get(
    '/sales/export.csv',
    {
      schema: {
        tags,
        summary: "Every sale matching the ledger's filters (no paging), as a CSV file with every column",
        querystring: SaleFilters,
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${sales.exportFileName(caller)}"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(sales.exportCsv(caller, request.query)));
    },
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
        summary:
          "Correct a sale's date, price, fees, shipping, platform, delivery or note (the cost of goods stays as sold); recorded in its history",
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

  app.post(
    '/sales/:id/void',
    {
      schema: {
        tags,
        summary:
          'Void a sale recorded by mistake: it leaves every figure, and what it sold and its listings go back to where they were (not a refund)',
        params: RecordId,
        body: SaleVoid,
        response: { 200: SaleDetail },
      },
    },
    async (request) => sales.void(callerOf(request), request.params.id, request.body.reason),
  );

  app.get(
    '/sales/:id/history',
    {
      schema: {
        tags,
        summary: "The sale's history, oldest first: corrections, refunds, a void, who made each and how",
        params: RecordId,
        response: { 200: HistoryList },
      },
    },
    async (request) => ({ items: await sales.history(callerOf(request), request.params.id) }),
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
