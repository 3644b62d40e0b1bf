import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { useCurrentUser } from '../auth/queries';
import { TokenMeter } from '../billing/TokenMeter';
import { ChatComposer } from './ChatComposer';
import { ChatMessages } from './ChatMessages';
import { ConversationList } from './ConversationList';
import { assistantQueries } from './queries';
import { useChatTurn } from './useChatTurn';

const EXAMPLES = [
  'Which of my builds makes the most profit?',
  'Will my RTX 3070 fit with a 550 W power supply?',
];

/** The tech chat: questions answered from the user's own data, which the assistant reads; its proposals wait for the user. */
export function AssistantPage() {
  const status = useQuery(assistantQueries.status());
  const isAdmin = useCurrentUser().role === 'admin';
  return (
    <>
      <PageHeader
        title="AI assistant"
        description="Ask about your parts, builds, compatibility and profit. It reads your data to answer; a change it suggests happens only if you accept it."
      />
      {status.isPending && <SkeletonRows rows={3} label="Loading the assistant" />}
      {status.isError && <ErrorState error={status.error} onRetry={() => void status.refetch()} />}
      {status.isSuccess && !status.data.configured && (
        <section className="card border border-base-300 bg-base-100">
          <EmptyState icon="sparkles" title="The assistant is not configured on this server">
            {/* The server's settings mean something to whoever runs it, not to the people who use it. */}
            <p>{isAdmin ? status.data.howToConfigure : 'Whoever runs this server can turn it on.'}</p>
            <p className="mt-2">Everything else works without it.</p>
          </EmptyState>
        </section>
      )}
      {status.isSuccess && status.data.configured && <Chat />}
    </>
  );
}

function Chat() {
  const [params, setParams] = useSearchParams();
  const selected = Number(params.get('c')) || null;
  const select = useCallback(
    (id: number | null) =>
      setParams(
        (p) => {
          if (id === null) p.delete('c');
          else p.set('c', String(id));
          return p;
        },
        { replace: false },
      ),
    [setParams],
  );
  const { turn, send, clear } = useChatTurn(select);
  const conversation = useQuery({
    ...assistantQueries.conversation(selected ?? 0),
    enabled: selected !== null,
  });
  const usage = useQuery(assistantQueries.usage());
  const busy = turn?.pending ?? false;
  const empty = selected === null && !turn;

  return (
    <div className="grid gap-4 lg:grid-cols-[16rem_1fr]">
      <aside className="flex flex-col gap-4">
        <section className="card border border-base-300 bg-base-100">
          <div className="card-body p-4">{usage.isSuccess && <TokenMeter usage={usage.data} />}</div>
        </section>
        <details className="card border border-base-300 bg-base-100" open>
          <summary className="cursor-pointer p-4 font-medium lg:hidden">Conversations</summary>
          <div className="p-4 pt-0 lg:pt-4">
            <ConversationList
              selected={selected}
              onSelect={(id) => {
                clear();
                select(id);
              }}
            />
          </div>
        </details>
      </aside>
      <section className="card border border-base-300 bg-base-100" aria-label="Chat">
        <div className="card-body gap-4 p-4 sm:p-6">
          {empty && (
            <div className="flex flex-col gap-2 text-sm text-base-content/70">
              <p>Try asking:</p>
              <div className="flex flex-wrap gap-2">
                {EXAMPLES.map((q) => (
                  <button
                    key={q}
                    type="button"
                    className="btn btn-sm btn-ghost border-base-300"
                    onClick={() => void send(null, q)}
                  >
                    {q}
                  </button>
                ))}
              </div>
            </div>
          )}
          {selected !== null && conversation.isPending && (
            <SkeletonRows rows={3} label="Loading the conversation" />
          )}
          {selected !== null && conversation.isError && (
            <ErrorState error={conversation.error} onRetry={() => void conversation.refetch()} />
          )}
          <ChatMessages messages={selected !== null ? (conversation.data?.messages ?? []) : []} live={turn} />
          <ChatComposer busy={busy} onSend={(message) => void send(selected, message)} />
        </div>
      </section>
    </div>
  );
}
