import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors';

/**
 * The bytes of the one file in a multipart upload. Errors the multipart parser raises for a body that is not
 * well-formed (no boundary, cut short, a broken part header) carry no status: they are the client's, so 400.
 * Errors Fastify or the plugin already coded (too large, not multipart) keep their own status.
 */
export async function readUploadedFile(request: FastifyRequest): Promise<Buffer> {
  try {
    const file = await request.file();
    if (!file) throw new AppError('VALIDATION_FAILED', 'Attach an image', { file: 'is required' });
    return await file.toBuffer();
  } catch (err) {
    if (err instanceof AppError || hasStatus(err)) throw err;
    throw new AppError(
      'BAD_REQUEST',
      'The upload is not well-formed multipart/form-data (missing boundary, or cut short)',
    );
  }
}

function hasStatus(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { statusCode?: unknown }).statusCode === 'number'
  );
}
