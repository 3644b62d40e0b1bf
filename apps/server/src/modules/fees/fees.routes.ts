import { FeePresetList, FeePresetParams, FeeRateUpdate } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import type { FeesService } from './fees.service';

const tags = ['fees'];

export const feesRoutes: FastifyPluginAsyncZod<{ fees: FeesService }> = async (app, { fees }) => {
  app.get(
    '/fee-presets',
    {
      schema: {
        tags,
        summary:
          "Each platform's fee for local pickup and for shipped sales: yours where you set one, the documented default otherwise",
        response: { 200: FeePresetList },
      },
    },
    async (request) => fees.list(callerOf(request)),
  );

  app.put(
    '/fee-presets/:platform/:delivery',
    {
      schema: {
        tags,
        summary:
          'Set your own fee for a platform and delivery (percentage in basis points plus a fixed amount, at least a minimum)',
        params: FeePresetParams,
        body: FeeRateUpdate,
        response: { 200: FeePresetList },
      },
    },
    async (request) =>
      fees.set(callerOf(request), request.params.platform, request.params.delivery, request.body),
  );

  app.delete(
    '/fee-presets/:platform/:delivery',
    {
      schema: {
        tags,
        summary: "Go back to the platform's default fee for that delivery",
        params: FeePresetParams,
        response: { 200: FeePresetList },
      },
    },
    async (request) => fees.reset(callerOf(request), request.params.platform, request.params.delivery),
  );
};
