import {
  centsToDecimal,
  type Delivery,
  type ListingDraft,
  type ListingDraftRequest,
  PLATFORM_LABELS,
  type Platform,
} from '@partwise/shared';
import { useMutation } from '@tanstack/react-query';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { api, errorMessage } from '../../lib/api';
import { formatMoney } from '../../lib/format';

/**
 * "Draft with assistant": the model rewrites the text from the record; what it said that the record does not
 * support is cut out by the server and shown here, with the suggested price and what the platform's fee leaves
 * of it. Nothing is saved until the user saves the listing.
 */
export function AssistantDraft({
  thing,
  platform,
  delivery,
  onDraft,
  onUsePrice,
}: {
  thing: { partId?: number | undefined; buildId?: number | undefined };
  platform: Platform;
  delivery: Delivery;
  onDraft: (draft: { title: string; description: string }) => void;
  /** Puts the suggested price in the price field (as typed text). */
  onUsePrice: (price: string) => void;
}) {
  const draft = useMutation({
    mutationFn: (request: ListingDraftRequest) =>
      api.post<ListingDraft>('/api/v1/ai/listing-drafts', request),
    onSuccess: (result) => onDraft({ title: result.title, description: result.description }),
  });
  const removed = draft.data?.removedClaims ?? [];
  const price = draft.data?.suggestedPriceCents ?? null;
  const net = draft.data?.estimatedNetCents ?? null;
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        className="btn btn-sm btn-ghost self-start"
        onClick={() => draft.mutate({ ...thing, platform, delivery })}
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
      {draft.isSuccess && price !== null && (
        <p
          className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-base-content/70"
          data-testid="draft-price"
        >
          <span>
            Suggested price <Money cents={price} className="font-semibold text-base-content" />
            {net !== null && (
              <>
                {' '}
                · estimated net after {PLATFORM_LABELS[draft.variables?.platform ?? platform]}’s fee{' '}
                <Money cents={net} className="font-semibold text-base-content" />
              </>
            )}
          </span>
          <button type="button" className="btn btn-xs" onClick={() => onUsePrice(centsToDecimal(price))}>
            Use {formatMoney(price)}
          </button>
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
