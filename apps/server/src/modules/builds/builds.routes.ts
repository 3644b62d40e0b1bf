import {
  Build,
  BuildCompatibility,
  BuildCreate,
  BuildId,
  BuildList,
  BuildPartAdd,
  BuildQuery,
  BuildUpdate,
  CompatibilityCheck,
  HistoryList,
  PlannedItemCreate,
  PlannedItemUpdate,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth-guard';
import type { BuildsService } from './builds.service';
import type { CompatibilityService } from './compatibility.service';

const tags = ['builds'];
const BuildPartParams = BuildId.extend({ partId: z.coerce.number().int().positive() });
const PlannedParams = BuildId.extend({ itemId: z.coerce.number().int().positive() });

export const buildsRoutes: FastifyPluginAsyncZod<{
  builds: BuildsService;
  compatibility: CompatibilityService;
}> = async (app, { builds, compatibility }) => {
  app.get(
    '/builds',
    {
      schema: {
        tags,
        summary: 'Your builds with cost, expected profit and compatibility status',
        querystring: BuildQuery,
        response: { 200: BuildList },
      },
    },
    async (request) => builds.list(callerOf(request), request.query),
  );

  app.post(
    '/builds',
    { schema: { tags, summary: 'Start a build', body: BuildCreate, response: { 201: Build } } },
    async (request, reply) => reply.status(201).send(await builds.create(callerOf(request), request.body)),
  );

  app.get(
    '/builds/:id',
    {
      schema: {
        tags,
        summary: 'A build: its parts, planned purchases, cost roll-up and compatibility',
        params: BuildId,
        response: { 200: Build },
      },
    },
    async (request) => builds.get(callerOf(request), request.params.id),
  );

  app.patch(
    '/builds/:id',
    {
      schema: {
        tags,
        summary:
          'Rename, re-price or move a build along; a build with problems is set ready only with overrideReason',
        params: BuildId,
        body: BuildUpdate,
        response: { 200: Build },
      },
    },
    async (request) => builds.update(callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/builds/:id',
    {
      schema: {
        tags,
        summary: 'Delete an empty build, or one still in planning',
        params: BuildId,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await builds.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/builds/:id/parts',
    {
      schema: {
        tags,
        summary: 'Put a part from stock into the build',
        params: BuildId,
        body: BuildPartAdd,
        response: { 200: Build },
      },
    },
    async (request) => builds.addPart(callerOf(request), request.params.id, request.body.partId),
  );

  app.delete(
    '/builds/:id/parts/:partId',
    {
      schema: {
        tags,
        summary: 'Take a part out of the build (back to stock)',
        params: BuildPartParams,
        response: { 200: Build },
      },
    },
    async (request) => builds.removePart(callerOf(request), request.params.id, request.params.partId),
  );

  app.post(
    '/builds/:id/planned',
    {
      schema: {
        tags,
        summary: 'Plan a purchase for the build',
        params: BuildId,
        body: PlannedItemCreate,
        response: { 200: Build },
      },
    },
    async (request) => builds.addPlanned(callerOf(request), request.params.id, request.body),
  );

  app.patch(
    '/builds/:id/planned/:itemId',
    {
      schema: {
        tags,
        summary: "Correct or fill in a planned purchase's specs (merged; the catalog is never changed)",
        params: PlannedParams,
        body: PlannedItemUpdate,
        response: { 200: Build },
      },
    },
    async (request) =>
      builds.updatePlanned(callerOf(request), request.params.id, request.params.itemId, request.body),
  );

  app.delete(
    '/builds/:id/planned/:itemId',
    { schema: { tags, summary: 'Drop a planned purchase', params: PlannedParams, response: { 200: Build } } },
    async (request) => builds.removePlanned(callerOf(request), request.params.id, request.params.itemId),
  );

  app.get(
    '/builds/:id/history',
    {
      schema: {
        tags,
        summary: "The build's changes, oldest first: status, name, price, overrides to sell it with problems",
        params: BuildId,
        response: { 200: HistoryList },
      },
    },
    async (request) => ({ items: await builds.history(callerOf(request), request.params.id) }),
  );

  app.get(
    '/builds/:id/compatibility',
    {
      schema: {
        tags,
        summary: "The build's compatibility report",
        params: BuildId,
        response: { 200: BuildCompatibility },
      },
    },
    async (request) => (await builds.get(callerOf(request), request.params.id)).compatibility,
  );

  app.post(
    '/compatibility/check',
    {
      schema: {
        tags,
        summary: 'Check a set of parts (yours, catalog parts or spec sheets) without saving anything',
        body: CompatibilityCheck,
        response: { 200: BuildCompatibility },
      },
    },
    async (request) => compatibility.check(callerOf(request), request.body),
  );

  app.post(
    '/builds/:id/part-out',
    {
      schema: {
        tags,
        summary: 'Dissolve the build: its parts go back to stock',
        params: BuildId,
        response: { 200: Build },
      },
    },
    async (request) => builds.partOut(callerOf(request), request.params.id),
  );
};
