import {
  BuildId,
  BuildValuation,
  PartId,
  PartValuation,
  PartValueList,
  PartValuesQuery,
  StockWorth,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import type { ValuationService } from './valuation.service';

const tags = ['valuation'];

export const valuationRoutes: FastifyPluginAsyncZod<{ valuation: ValuationService }> = async (
  app,
  { valuation },
) => {
  app.get(
    '/parts/:id/valuation',
    {
      schema: {
        tags,
        summary:
          'What a part is worth: your expected price, else your own sales of comparable parts, else the catalog price depreciated',
        params: PartId,
        response: { 200: PartValuation },
      },
    },
    async (request) => valuation.part(callerOf(request), request.params.id),
  );

  app.get(
    '/parts/worth',
    {
      schema: {
        tags,
        summary: 'Your stock (parts not sold or archived): what it cost and its estimated worth',
        response: { 200: StockWorth },
      },
    },
    async (request) => valuation.stock(callerOf(request)),
  );

  app.get(
    '/parts/values',
    {
      schema: {
        tags,
        summary:
          'Values of up to 200 of your parts at once (a page of the inventory); ids not yours are left out',
        querystring: PartValuesQuery,
        response: { 200: PartValueList },
      },
    },
    async (request) => {
      const values = await valuation.parts(callerOf(request), request.query.ids);
      return { items: [...values.values()].map(({ comps: _comps, ...value }) => value) };
    },
  );

  app.get(
    '/builds/:id/valuation',
    {
      schema: {
        tags,
        summary: "What a build is worth whole (its parts' values times your whole-PC factor) and parted out",
        params: BuildId,
        response: { 200: BuildValuation },
      },
    },
    async (request) => valuation.build(callerOf(request), request.params.id),
  );
};
