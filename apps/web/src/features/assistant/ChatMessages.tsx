import type { ChatMessageView } from '@partwise/shared';
import { Icon } from '../../components/Icon';
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

/** What the assistant looked up, in a sentence: the user sees what it read before it answered. */
function ToolUse({ sentence, ok = true }: { sentence: string; ok?: boolean }) {
  return (
    <p className="flex items-center gap-2 px-2 text-xs text-base-content/60" data-testid="tool-activity">
      <Icon name={ok ? 'search' : 'warning'} className="size-4 shrink-0" />
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
          <ToolUse key={m.id} sentence={m.content} />
        ) : (
          <Answer key={m.id} text={m.content} />
        ),
      )}
      {live && (
        <>
          <Question text={live.question} />
          {live.tools.map((t, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tool uses arrive in order and never move
            <ToolUse key={i} sentence={t.sentence} ok={t.ok} />
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
