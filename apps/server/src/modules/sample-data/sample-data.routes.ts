import { SampleDataStatus } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import type { SampleDataService } from './sample-data.service';

const tags = ['sample data'];

export const sampleDataRoutes: FastifyPluginAsyncZod<{ sampleData: SampleDataService }> = async (
  app,
  { sampleData },
) => {
  app.get(
    '/sample-data',
    {
      schema: {
        tags,
        summary: 'Whether the sample workshop is loaded, and whether it can be (into an empty account only)',
        response: { 200: SampleDataStatus },
      },
    },
    async (request) => sampleData.status(callerOf(request)),
  );

  app.post(
    '/sample-data',
    {
      schema: {
        tags,
        summary: 'Load a sample workshop to look around: parts, a lot, a build, listings, sales, expenses',
        response: { 201: SampleDataStatus },
      },
    },
    async (request, reply) => reply.status(201).send(await sampleData.load(callerOf(request))),
  );

  app.delete(
    '/sample-data',
    {
      schema: {
        tags,
        summary:
          'Remove the sample workshop, with what was recorded on its parts and builds; answers what went',
        response: { 200: SampleDataStatus },
      },
    },
    async (request) => sampleData.remove(callerOf(request)),
  );
};
