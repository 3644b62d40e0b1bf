import { MileageRateList, MileageRateUpdate, MileageYearParams } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import type { MileageService } from './mileage.service';

const tags = ['expenses'];

export const mileageRoutes: FastifyPluginAsyncZod<{ mileage: MileageService }> = async (app, { mileage }) => {
  app.get(
    '/mileage-rates',
    {
      schema: {
        tags,
        summary:
          'The rate per mile of each year: yours where you set one, the IRS standard business rate otherwise',
        response: { 200: MileageRateList },
      },
    },
    async (request) => mileage.list(callerOf(request)),
  );

  app.put(
    '/mileage-rates/:year',
    {
      schema: {
        tags,
        summary:
          'Set your own rate per mile for a year (tenths of a cent: 725 is 72.5¢); new mileage uses it',
        params: MileageYearParams,
        body: MileageRateUpdate,
        response: { 200: MileageRateList },
      },
    },
    async (request) =>
      mileage.set(callerOf(request), request.params.year, request.body.ratePerMileTenthCents),
  );

  app.delete(
    '/mileage-rates/:year',
    {
      schema: {
        tags,
        summary: 'Go back to the IRS rate for a year',
        params: MileageYearParams,
        response: { 200: MileageRateList },
      },
    },
    async (request) => mileage.reset(callerOf(request), request.params.year),
  );
};
