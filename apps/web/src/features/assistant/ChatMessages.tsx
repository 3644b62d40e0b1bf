import type { ChatMessageView } from '@partwise/shared';
import { Icon } from '../../components/Icon';
import { SuggestionCard } from './SuggestionCard';
import type { LiveTurn } from './useChatTurn';

function Question({ text }: { text: string }) {
  return (
    <div className="chat chat-end">
      <div className="chat-bubble chat-bubble-primary whitespace-pre-wrap">{text}</div>
    </div>
  );
}

function Answer({ text, pending = false }: { text: string; pending?: boolean }) {
  return (
    <div className="chat chat-start">
      <div className="chat-bubble whitespace-pre-wrap" aria-busy={pending}>
        {text ||
          (pending ? (
            <span role="status" className="loading loading-dots loading-sm" aria-label="Thinking" />
          ) : (
            ''
          ))}
      </div>
    </div>
  );
}

/** What the assistant looked up or proposed, in a sentence: the user sees what it did before it answered. */
function ToolUse({ tool, sentence, ok = true }: { tool: string | null; sentence: string; ok?: boolean }) {
  const icon = !ok ? 'warning' : tool?.startsWith('propose_') ? 'sparkles' : 'search';
  return (
    <p className="flex items-center gap-2 px-2 text-xs text-base-content/60" data-testid="tool-activity">
      <Icon name={icon} className="size-4 shrink-0" />
      {sentence}
    </p>
  );
}

/** The stored messages of a conversation, then the one being answered now. */
export function ChatMessages({ messages, live }: { messages: ChatMessageView[]; live: LiveTurn | null }) {
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      {messages.map((m) =>
        m.role === 'user' ? (
          <Question key={m.id} text={m.content} />
        ) : m.role === 'tool' ? (
          <div key={m.id} className="flex flex-col gap-2">
            <ToolUse tool={m.tool} sentence={m.content} />
            {m.suggestion && <SuggestionCard suggestion={m.suggestion} />}
          </div>
        ) : (
          <Answer key={m.id} text={m.content} />
        ),
      )}
      {live && (
        <>
          <Question text={live.question} />
          {live.tools.map((t, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tool uses arrive in order and never move
            <div key={i} className="flex flex-col gap-2">
              <ToolUse tool={t.name} sentence={t.sentence} ok={t.ok} />
              {t.suggestion && <SuggestionCard suggestion={t.suggestion} />}
            </div>
          ))}
          {(live.pending || live.text) && <Answer text={live.text} pending={live.pending} />}
          {live.error && (
            <div role="alert" className="alert alert-error alert-soft text-sm">
              <Icon name="warning" className="size-5 shrink-0" />
              <span>{live.error}</span>
            </div>
          )}
        </>
      )}
    </div>
  );
}
