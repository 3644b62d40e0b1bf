import { type FormEvent, useState } from 'react';
import { Icon } from '../../components/Icon';

/** The message box: Enter sends, Shift+Enter starts a new line. */
export function ChatComposer({ busy, onSend }: { busy: boolean; onSend: (message: string) => void }) {
  const [text, setText] = useState('');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const message = text.trim();
    if (!message || busy) return;
    onSend(message);
    setText('');
  };
  return (
    <form onSubmit={submit} className="flex items-end gap-2">
      <label className="flex-1">
        <span className="sr-only">Your question</span>
        <textarea
          className="textarea textarea-bordered w-full resize-none"
          rows={2}
          maxLength={4000}
          placeholder="Ask about a part, a build, compatibility or your profit…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) submit(e);
          }}
        />
      </label>
      <button type="submit" className="btn btn-primary" disabled={busy || !text.trim()}>
        <Icon name="arrowRight" className="size-5" />
        <span className="max-sm:sr-only">Send</span>
      </button>
    </form>
  );
}
