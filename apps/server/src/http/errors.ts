import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '@partwise/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../core/errors';

export function errorBody(code: ErrorCode, message: string, fields?: Record<string, string>): ErrorBody {
  return { error: fields && Object.keys(fields).length > 0 ? { code, message, fields } : { code, message } };
}

/** Fastify's own errors (body parsing, limits) mapped to our codes and plain words. */
const FASTIFY_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'MALFORMED_JSON',
    message: 'The request body is empty but its Content-Type is JSON',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'BAD_REQUEST',
    message: 'The Content-Length does not match the body',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'This Content-Type is not accepted here; send application/json',
  },
  FST_REQ_FILE_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The file is too large' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Send the file as multipart/form-data',
  },
  FST_ERR_RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many requests; try again later' },
};

/** What the client sent at a path of the body, query or params (zod issues do not carry it). */
function sentAt(request: FastifyRequest, context: string | undefined, path: string[]): unknown {
  const sources: Record<string, unknown> = {
    body: request.body,
    querystring: request.query,
    params: request.params,
    headers: request.headers,
  };
  let value = context === undefined ? undefined : sources[context];
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

function validationFields(
  error: FastifyError & { validationContext?: string },
  request: FastifyRequest,
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!hasZodFastifySchemaValidationErrors(error)) return fields;
  for (const issue of error.validation) {
    const path = issue.instancePath.split('/').filter(Boolean);
    const key = path.join('.') || error.validationContext || 'body';
    const params = issue.params as { keys?: unknown };
    // Bodies are strict: each field they do not take is named on its own.
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(params.keys)) {
      const prefix = path.length === 0 ? '' : `${key}.`;
      for (const name of params.keys) fields[`${prefix}${String(name)}`] ??= 'is not a field of this request';
      continue;
    }
    if (fields[key]) continue;
    const missing =
      issue.keyword === 'invalid_type' && sentAt(request, error.validationContext, path) === undefined;
    fields[key] = missing ? 'is required' : (issue.message ?? 'is not valid');
  }
  return fields;
}

/** "The body is not valid: status is not set here: ..." names the first problem, for people reading logs. */
function validationMessage(where: string, fields: Record<string, string>): string {
  const problems = Object.entries(fields);
  const first = problems[0];
  const head = `The ${where === 'querystring' ? 'query' : where} is not valid`;
  if (!first) return head;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `${head}: ${first[0]} ${first[1]}${more}`;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(errorBody(error.code, error.message, error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = validationFields(error, request);
      const where = (error as { validationContext?: string }).validationContext ?? 'request';
      return reply.status(400).send(errorBody('VALIDATION_FAILED', validationMessage(where, fields), fields));
    }
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) return reply.status(ERROR_STATUS[known.code]).send(errorBody(known.code, known.message));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ err: error }, 'client error');
      const code = (Object.entries(ERROR_STATUS).find(([, s]) => s === status)?.[0] ??
        'BAD_REQUEST') as ErrorCode;
      return reply.status(status).send(errorBody(code, 'The request could not be processed'));
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .status(500)
      .send(errorBody('INTERNAL', 'Something went wrong on our side; please try again'));
  });
}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .status(404)
    .send(errorBody('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`));
}
