import { Readable } from 'node:stream';
import {
  CsvDryRunResult,
  CsvImportRequest,
  CsvImportResult,
  MAX_IMPORT_BYTES,
  PartFilters,
} from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/auth-guard';
import type { PartsCsvService } from './parts-csv.service';

const tags = ['parts'];

export const partsCsvRoutes: FastifyPluginAsyncZod<{ partsCsv: PartsCsvService }> = async (
  app,
  { partsCsv },
) => {
  // A static segment: Fastify's router prefers it to GET /parts/:id.
  app.get(
    '/parts/export.csv',
    {
      schema: {
        tags,
        summary: 'Your parts matching the list filters (no paging), as a CSV file for spreadsheets',
        querystring: PartFilters,
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const stream = Readable.from(partsCsv.exportCsv(caller, request.query));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${partsCsv.exportFileName(caller)}"`)
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );

  app.post(
    '/parts/import/dry-run',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        summary: "Check a CSV import without saving: every row's problems and the likely duplicates",
        body: CsvImportRequest,
        response: { 200: CsvDryRunResult },
      },
    },
    async (request) => partsCsv.dryRun(callerOf(request), request.body),
  );

  app.post(
    '/parts/import',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        summary: 'Import a CSV: all rows in one transaction, or none when any row has a problem (422)',
        body: CsvImportRequest,
        response: { 201: CsvImportResult },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await partsCsv.importCsv(callerOf(request), request.body)),
  );
};
