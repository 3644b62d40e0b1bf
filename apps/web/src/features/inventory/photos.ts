import { isErrorBody, PHOTO_TYPES, type Photo } from '@partwise/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api';
import { partQueries } from './queries';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export const photoQueries = {
  list: (partId: number) =>
    queryOptions({
      queryKey: [...partQueries.details(partId), 'photos'] as const,
      queryFn: () => api.get<{ items: Photo[] }>(`/api/v1/parts/${partId}/photos`),
    }),
};

/** What is wrong with a file before it is sent, in words; null when it may go. */
export function photoProblem(file: File): string | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type))
    return `“${file.name}” is not a JPEG, PNG or WebP image`;
  if (file.size > MAX_PHOTO_BYTES) return `“${file.name}” is larger than 10 MB`;
  return null;
}

/** Multipart upload: the JSON client does not fit, but failures still become the one ApiError. */
async function uploadPhoto(partId: number, file: File): Promise<Photo> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch(`/api/v1/parts/${partId}/photos`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw new ApiError('NETWORK', 0, 'Could not reach the server. Check your connection and try again.');
  }
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) return data as Photo;
  if (isErrorBody(data))
    throw new ApiError(data.error.code, response.status, data.error.message, data.error.fields);
  throw new ApiError(
    response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
    response.status,
    `Upload failed (${response.status})`,
  );
}

export function useUploadPhoto(partId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadPhoto(partId, file),
    onSettled: () => queryClient.invalidateQueries({ queryKey: photoQueries.list(partId).queryKey }),
  });
}

export function useDeletePhoto(partId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (photoId: string) => api.delete(`/api/v1/photos/${photoId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: photoQueries.list(partId).queryKey }),
  });
}
