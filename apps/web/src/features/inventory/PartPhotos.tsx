import type { Photo } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { type DragEvent, useId, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { ErrorState } from '../../components/states';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { photoProblem, photoQueries, useDeletePhoto, useUploadPhoto } from './photos';

/** Photos of the part: drop files or pick them, see thumbnails, delete after asking. */
export function PartPhotos({ partId, partName }: { partId: number; partName: string }) {
  const photos = useQuery(photoQueries.list(partId));
  const upload = useUploadPhoto(partId);
  const remove = useDeletePhoto(partId);
  const notify = useToast();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const [uploading, setUploading] = useState(0);
  const [deleting, setDeleting] = useState<Photo | null>(null);

  const send = async (files: File[]) => {
    const ok = files.filter((file) => {
      const problem = photoProblem(file);
      if (problem) notify(problem, 'error');
      return problem === null;
    });
    setUploading((n) => n + ok.length);
    let added = 0;
    for (const file of ok) {
      try {
        await upload.mutateAsync(file);
        added += 1;
      } catch (error) {
        notify(`“${file.name}” was not uploaded: ${errorMessage(error)}`, 'error');
      } finally {
        setUploading((n) => n - 1);
      }
    }
    if (added > 0) notify(added === 1 ? 'Photo added' : `${added} photos added`);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void send([...event.dataTransfer.files]);
  };

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () => notify('Photo deleted'),
      onError: (error) => notify(errorMessage(error), 'error'),
      onSettled: () => setDeleting(null),
    });
  };

  return (
    <div className="flex flex-col gap-3">
      {photos.isError && <ErrorState error={photos.error} onRetry={() => void photos.refetch()} />}
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-6">
        {photos.data?.items.map((photo, index) => (
          <li key={photo.id} className="group relative aspect-square overflow-hidden rounded-box bg-base-200">
            <a href={photo.url} target="_blank" rel="noreferrer">
              <img
                src={photo.url}
                alt={`${partName}, ${index + 1} of ${photos.data.items.length}`}
                loading="lazy"
                className="size-full object-cover"
              />
            </a>
            <button
              type="button"
              className="btn btn-circle btn-xs absolute top-1 right-1 opacity-90"
              aria-label={`Delete photo ${index + 1}`}
              onClick={() => setDeleting(photo)}
            >
              <Icon name="trash" className="size-3.5" />
            </button>
          </li>
        ))}
        {Array.from({ length: uploading }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <li key={`uploading-${i}`} className="skeleton aspect-square rounded-box" aria-label="Uploading" />
        ))}
      </ul>
      <label
        htmlFor={inputId}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex cursor-pointer flex-col items-center gap-1 rounded-box border-2 border-dashed px-4 py-6 text-center text-sm transition-colors focus-within:outline-2 focus-within:outline-primary ${dragging ? 'border-primary bg-primary/5' : 'border-base-300 hover:border-primary/50'}`}
      >
        <Icon name="photo" className="size-7 text-base-content/50" />
        <span>
          <span className="font-medium text-primary">Choose photos</span> or drop them here
        </span>
        <span className="text-xs text-base-content/60">JPEG, PNG or WebP, up to 10 MB each</span>
        <input
          id={inputId}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          className="sr-only"
          onChange={(e) => {
            void send([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </label>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this photo?"
        confirmLabel="Delete photo"
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        The photo is removed for good.
      </ConfirmDialog>
    </div>
  );
}
