import type { ListingDraft, Platform } from '@partwise/shared';
import { useMutation } from '@tanstack/react-query';
import { Icon } from '../../components/Icon';
import { api, errorMessage } from '../../lib/api';

/**
 * "Draft with assistant": the model rewrites the text from the record; what it said that the record does not
 * support is cut out by the server and shown here. Nothing is saved until the user saves the listing.
 */
export function AssistantDraft({
  thing,
  platform,
  onDraft,
}: {
  thing: { partId?: number | undefined; buildId?: number | undefined };
  platform: Platform;
  onDraft: (draft: { title: string; description: string }) => void;
}) {
  const draft = useMutation({
    mutationFn: () => api.post<ListingDraft>('/api/v1/ai/listing-drafts', { ...thing, platform }),
    onSuccess: (result) => onDraft({ title: result.title, description: result.description }),
  });
  const removed = draft.data?.removedClaims ?? [];
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        className="btn btn-sm btn-ghost self-start"
        onClick={() => draft.mutate()}
        disabled={draft.isPending}
      >
        {draft.isPending ? (
          <span className="loading loading-spinner loading-sm" />
        ) : (
          <Icon name="document" className="size-4" />
        )}
        Draft with assistant
      </button>
      {draft.isError && (
        <p role="alert" className="text-sm text-error">
          {errorMessage(draft.error)}
        </p>
      )}
      {draft.isSuccess && removed.length > 0 && (
        <div className="text-sm text-base-content/70" data-testid="removed-claims">
          <p>Removed because your record does not say so:</p>
          <ul className="list-disc pl-5">
            {removed.map((claim, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same words may be removed twice
              <li key={i}>“{claim.text}”</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
