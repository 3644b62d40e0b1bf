import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { MoneyInput } from '../../components/MoneyInput';
import { errorMessage } from '../../lib/api';

interface Props {
  /** Names the field for screen readers and starts its error messages. */
  label: string;
  /** The text to edit, as the input shows it. */
  value: string;
  /** How the value reads when not editing. */
  display: ReactNode;
  kind?: 'text' | 'multiline' | 'money';
  placeholder?: string;
  /** A message that follows the label ("is required"), or null when the text may be saved. */
  validate: (text: string) => string | null;
  onSave: (text: string) => Promise<void>;
  className?: string;
}

/**
 * A value with an edit button that turns it into an input. Enter saves (Ctrl+Enter in a
 * multi-line field), Escape cancels; an error keeps the field open with what was typed.
 */
export function InlineEdit({
  label,
  value,
  display,
  kind = 'text',
  placeholder,
  validate,
  onSave,
  className = '',
}: Props) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const start = () => {
    setText(value);
    setError(null);
    setEditing(true);
  };
  const stop = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const save = async () => {
    const problem = validate(text);
    if (problem) return setError(`${label} ${problem}`);
    if (text.trim() === value.trim()) return stop();
    setSaving(true);
    try {
      await onSave(text);
      stop();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };
  const keyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      stop();
    } else if (event.key === 'Enter' && (kind !== 'multiline' || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  if (!editing)
    return (
      <div className={`group flex min-w-0 items-start gap-1 ${className}`}>
        <div className="min-w-0">{display}</div>
        <button
          ref={editButton}
          type="button"
          className="btn btn-ghost btn-xs btn-square shrink-0 opacity-60 group-hover:opacity-100"
          onClick={start}
        >
          <Icon name="pencil" className="size-4" />
          <span className="sr-only">Edit {label.toLowerCase()}</span>
        </button>
      </div>
    );

  const messageId = `${id}-message`;
  const common = {
    id,
    value: text,
    autoFocus: true,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? messageId : `${id}-keys`,
    onKeyDown: keyDown,
  } as const;
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      {kind === 'money' ? (
        <MoneyInput {...common} onChange={(e) => setText(e.target.value)} invalid={Boolean(error)} />
      ) : kind === 'multiline' ? (
        <textarea
          {...common}
          rows={3}
          className={`textarea w-full ${error ? 'textarea-error' : ''}`}
          onChange={(e) => setText(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          className={`input w-full ${error ? 'input-error' : ''}`}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      {error && (
        <p id={messageId} className="text-xs text-error">
          {error}
        </p>
      )}
      <div className="flex items-center gap-2">
        <button
          type="button"
          className="btn btn-primary btn-xs"
          onClick={() => void save()}
          disabled={saving}
        >
          {saving && <span className="loading loading-spinner loading-xs" />}
          Save
        </button>
        <button type="button" className="btn btn-ghost btn-xs" onClick={stop}>
          Cancel
        </button>
        <span id={`${id}-keys`} className="text-xs text-base-content/50 max-sm:hidden">
          {kind === 'multiline' ? 'Ctrl+Enter to save' : 'Enter to save'}, Esc to cancel
        </span>
      </div>
    </div>
  );
}
