import { Readable } from 'node:stream';
import { TaxYearQuery, TaxYearReport } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import type { TaxYearService } from './tax-year.service';

const tags = ['reports'];

export const reportsRoutes: FastifyPluginAsyncZod<{ taxYear: TaxYearService }> = async (app, { taxYear }) => {
  app.get(
    '/reports/tax-year',
    {
      schema: {
        tags,
        summary:
          'A year for your tax preparer: receipts, refunds, cost of goods sold by the inventory method and per sale (reconciled), expenses, net profit; each figure says how it was computed',
        querystring: TaxYearQuery,
        response: { 200: TaxYearReport },
      },
    },
    async (request) => taxYear.report(callerOf(request), request.query.year),
  );

  app.get(
    '/reports/tax-year.csv',
    {
      schema: {
        tags,
        summary:
          'Every sale of the year, one row each: acquired, cost basis, sold, platform, price, fees, shipping, profit',
        querystring: TaxYearQuery,
      },
    },
    async (request, reply) => {
      const { year } = request.query;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="sales-${year}.csv"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(taxYear.csv(callerOf(request), year)));
    },
  );
};
