import type { ChatSuggestion, ChatSuggestionChange, SuggestionStatus } from '@partwise/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { useToast } from '../../components/toast';
import { errorMessage, isApiError } from '../../lib/api';
import { formatMoney } from '../../lib/format';
import { type SuggestionDecision, useDecideSuggestion } from './queries';

const STATUS: Record<SuggestionStatus, { label: string; badge: string }> = {
  pending: { label: 'Waiting for you', badge: 'badge-warning' },
  accepted: { label: 'Accepted', badge: 'badge-success' },
  rejected: { label: 'Rejected', badge: 'badge-ghost' },
  expired: { label: 'Expired', badge: 'badge-ghost' },
};

/** The change in words, names in bold and money as money. */
function ChangeText({ change }: { change: ChatSuggestionChange }) {
  if (change.kind === 'reprice_listing')
    return (
      <p>
        New price for <strong>{change.title}</strong>:{' '}
        <span className="whitespace-nowrap">
          <span className="sr-only">from </span>
          <Money cents={change.fromCents} className="line-through opacity-60" />
          <span className="sr-only"> to </span>
          <Icon name="arrowRight" className="mx-1 inline size-4 align-[-0.2em]" />
          <Money cents={change.toCents} className="font-semibold" />
        </span>
      </p>
    );
  return (
    <p>
      {change.replaces ? 'Put' : 'Add'} <strong>{change.partName}</strong> {change.replaces ? 'in' : 'to'} the
      build <strong>{change.buildName}</strong>
      {change.replaces && (
        <>
          {' '}
          in place of <strong>{change.replaces.partName}</strong> (it goes back to stock)
        </>
      )}
      .
    </p>
  );
}

/** Where an accepted change can be seen. */
function Result({ change }: { change: ChatSuggestionChange }) {
  return change.kind === 'reprice_listing' ? (
    <p className="text-sm">
      The listing now asks {formatMoney(change.toCents)}.{' '}
      <Link className="link link-primary" to="/listings">
        See your listings
      </Link>
    </p>
  ) : (
    <p className="text-sm">
      <strong>{change.partName}</strong> is in the build.{' '}
      <Link className="link link-primary" to={`/builds/${change.buildId}`}>
        Open “{change.buildName}”
      </Link>
    </p>
  );
}

const DONE: Record<SuggestionDecision, (change: ChatSuggestionChange) => string> = {
  accept: (c) =>
    c.kind === 'reprice_listing'
      ? `“${c.title}” now asks ${formatMoney(c.toCents)}`
      : `“${c.partName}” is in “${c.buildName}”`,
  reject: () => 'Suggestion rejected; nothing changed',
};

/**
 * A change the assistant proposed, in the conversation: nothing happens until Accept, which the server checks
 * against the data as it is now; if it no longer holds, the reason is shown and nothing changes.
 */
export function SuggestionCard({ suggestion }: { suggestion: ChatSuggestion }) {
  const decide = useDecideSuggestion();
  const notify = useToast();
  const [decided, setDecided] = useState<SuggestionStatus | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const status = decided ?? suggestion.status;
  const { change } = suggestion;

  const run = (decision: SuggestionDecision) => {
    setRefusal(null);
    decide.mutate(
      { id: suggestion.id, decision },
      {
        onSuccess: () => {
          setDecided(decision === 'accept' ? 'accepted' : 'rejected');
          notify(DONE[decision](change));
        },
        onError: (error) => {
          // A 409 says why it no longer holds: shown on the card, plainly. Anything else is a toast.
          if (isApiError(error) && error.status === 409) setRefusal(error.message);
          else notify(errorMessage(error), 'error');
        },
      },
    );
  };

  return (
    <article
      aria-label={`Suggestion: ${suggestion.summary}`}
      className="card ml-2 max-w-xl border border-primary/30 bg-base-200/60 sm:ml-8"
      data-testid="chat-suggestion"
    >
      <div className="card-body gap-2 p-3 sm:p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-base-content/70">
            <Icon name="sparkles" className="size-4 text-primary" />
            Suggested change
          </h3>
          <span className={`badge badge-sm ${STATUS[status].badge}`}>{STATUS[status].label}</span>
        </div>
        <div className="text-sm">
          <ChangeText change={change} />
        </div>
        {status === 'pending' && (
          <p className="text-xs text-base-content/60">Nothing changes unless you accept.</p>
        )}
        {refusal && (
          <div role="alert" className="alert alert-warning alert-soft text-sm">
            <Icon name="warning" className="size-5 shrink-0" />
            <span>
              <strong>Not applied:</strong> {refusal}
            </span>
          </div>
        )}
        {status === 'pending' && (
          <div className="card-actions justify-end">
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              disabled={decide.isPending}
              onClick={() => run('reject')}
            >
              <Icon name="x" className="size-4" />
              Reject
            </button>
            <button
              type="button"
              className="btn btn-primary btn-sm"
              disabled={decide.isPending}
              onClick={() => run('accept')}
            >
              {decide.isPending ? (
                <span className="loading loading-spinner loading-xs" aria-hidden="true" />
              ) : (
                <Icon name="check" className="size-4" />
              )}
              Accept
            </button>
          </div>
        )}
        {status === 'accepted' && <Result change={change} />}
        {status === 'rejected' && <p className="text-sm text-base-content/70">Rejected: nothing changed.</p>}
        {status === 'expired' && (
          <p className="text-sm text-base-content/70">
            This suggestion is more than a week old; ask again for a fresh one.
          </p>
        )}
      </div>
    </article>
  );
}
