import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_PHOTOS_PER_PART, type Photo } from '@partwise/shared';
import { and, asc, count, eq } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { part, partPhoto } from '../../db/schema';
import { recordAudit } from '../audit/audit';
import { sniffImageType } from './image-type';

type PhotoRow = typeof partPhoto.$inferSelect;

const toPhoto = (row: PhotoRow): Photo => ({
  id: row.id,
  partId: row.partId,
  contentType: row.contentType as Photo['contentType'],
  sizeBytes: row.sizeBytes,
  createdAt: row.createdAt.toISOString(),
  url: `/api/v1/photos/${row.id}`,
});

/** Photos live on disk under uploadsDir/<owner>/<photo id>; the database knows whose they are. */
export function createPhotosService({ db, clock, uploadsDir }: ServiceDeps & { uploadsDir: string }) {
  const fileOf = (row: Pick<PhotoRow, 'ownerId' | 'id'>) => path.join(uploadsDir, row.ownerId, row.id);

  async function assertOwnsPart(ownerId: string, partId: number) {
    const [row] = await db
      .select({ id: part.id })
      .from(part)
      .where(and(eq(part.id, partId), eq(part.ownerId, ownerId)));
    if (!row) throw notFound('Part');
  }

  async function findOwned(ownerId: string, photoId: string): Promise<PhotoRow> {
    const [row] = await db
      .select()
      .from(partPhoto)
      .where(and(eq(partPhoto.id, photoId), eq(partPhoto.ownerId, ownerId)));
    if (!row) throw notFound('Photo');
    return row;
  }

  return {
    async add(caller: Caller, partId: number, bytes: Buffer): Promise<Photo> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      await assertOwnsPart(ownerId, partId);
      const contentType = sniffImageType(bytes.subarray(0, 16));
      if (!contentType) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Only JPEG, PNG and WebP images can be added', {
          file: 'is not a JPEG, PNG or WebP image',
        });
      }
      const [existing] = await db.select({ n: count() }).from(partPhoto).where(eq(partPhoto.partId, partId));
      if (Number(existing?.n ?? 0) >= MAX_PHOTOS_PER_PART) {
        throw new AppError('RULE_VIOLATION', `A part can have at most ${MAX_PHOTOS_PER_PART} photos`);
      }
      const id = crypto.randomUUID();
      const target = fileOf({ ownerId, id });
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(`${target}.tmp`, bytes);
      await rename(`${target}.tmp`, target);
      try {
        return await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(partPhoto)
            .values({ id, ownerId, partId, contentType, sizeBytes: bytes.length })
            .returning();
          if (!row) throw new Error('photo insert returned no row');
          await recordAudit(tx, who, [
            {
              entity: 'part',
              entityId: partId,
              action: 'photo_added',
              changes: { photo: { from: null, to: id } },
            },
          ]);
          return toPhoto(row);
        });
      } catch (err) {
        await rm(target, { force: true });
        throw err;
      }
    },

    async list(caller: Caller, partId: number): Promise<Photo[]> {
      const { ownerId } = caller;
      await assertOwnsPart(ownerId, partId);
      const rows = await db
        .select()
        .from(partPhoto)
        .where(and(eq(partPhoto.partId, partId), eq(partPhoto.ownerId, ownerId)))
        .orderBy(asc(partPhoto.createdAt), asc(partPhoto.id));
      return rows.map(toPhoto);
    },

    async read(caller: Caller, photoId: string): Promise<{ contentType: string; bytes: Buffer }> {
      const row = await findOwned(caller.ownerId, photoId);
      return { contentType: row.contentType, bytes: await readFile(fileOf(row)) };
    },

    async remove(caller: Caller, photoId: string): Promise<void> {
      const who = acting(caller, clock);
      const { ownerId } = who;
      const row = await findOwned(ownerId, photoId);
      await db.transaction(async (tx) => {
        await tx.delete(partPhoto).where(and(eq(partPhoto.id, photoId), eq(partPhoto.ownerId, ownerId)));
        await recordAudit(tx, who, [
          {
            entity: 'part',
            entityId: row.partId,
            action: 'photo_removed',
            changes: { photo: { from: row.id, to: null } },
          },
        ]);
      });
      await rm(fileOf(row), { force: true });
    },
  };
}

export type PhotosService = ReturnType<typeof createPhotosService>;
