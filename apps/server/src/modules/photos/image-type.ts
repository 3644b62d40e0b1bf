import type { PHOTO_TYPES } from '@partwise/shared';

type PhotoType = (typeof PHOTO_TYPES)[number];

/** The image type from the file's first bytes; what the client claims is not trusted. */
export function sniffImageType(head: Uint8Array): PhotoType | null {
  const starts = (bytes: number[], offset = 0) => bytes.every((b, i) => head[offset + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}
