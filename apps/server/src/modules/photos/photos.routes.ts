import multipart from '@fastify/multipart';
import { PartId, Photo, PhotoList } from '@partwise/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth-guard';
import type { PhotosService } from './photos.service';
import { readUploadedFile } from './upload';

const tags = ['photos'];
const PhotoId = z.object({ photoId: z.uuid('must be a photo id') });

export const photosRoutes: FastifyPluginAsyncZod<{ photos: PhotosService; maxBytes: number }> = async (
  app,
  { photos, maxBytes },
) => {
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 2 } });

  app.post(
    '/parts/:id/photos',
    {
      schema: {
        tags,
        summary: 'Add a photo (multipart/form-data, field "file": JPEG, PNG or WebP)',
        params: PartId,
        consumes: ['multipart/form-data'],
        response: { 201: Photo },
      },
    },
    async (request, reply) => {
      const bytes = await readUploadedFile(request);
      return reply.status(201).send(await photos.add(callerOf(request), request.params.id, bytes));
    },
  );

  app.get(
    '/parts/:id/photos',
    { schema: { tags, summary: "A part's photos", params: PartId, response: { 200: PhotoList } } },
    async (request) => ({ items: await photos.list(callerOf(request), request.params.id) }),
  );

  app.get(
    '/photos/:photoId',
    { schema: { tags, summary: 'The image itself (its owner only)', params: PhotoId } },
    async (request, reply) => {
      const { contentType, bytes } = await photos.read(callerOf(request), request.params.photoId);
      return reply
        .header('content-type', contentType)
        .header('cache-control', 'private, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );

  app.delete(
    '/photos/:photoId',
    { schema: { tags, summary: 'Delete a photo', params: PhotoId, response: { 204: z.null() } } },
    async (request, reply) => {
      await photos.remove(callerOf(request), request.params.photoId);
      return reply.status(204).send(null);
    },
  );
};
