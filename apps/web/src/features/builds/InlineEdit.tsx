import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { z } from 'zod';
import { FormAlert } from '../../components/FormAlert';
import { Icon } from '../../components/Icon';
import { MoneyInput } from '../../components/MoneyInput';
import { useApiForm } from '../../lib/api-form';

interface Props {
  /** Names the field for screen readers and starts its error messages. */
  label: string;
  /** The text to edit, as the input shows it. */
  value: string;
  /** How the value reads when not editing. */
  display: ReactNode;
  kind?: 'text' | 'multiline' | 'money';
  placeholder?: string;
  /** The rule for the text: the field's own schema from @partwise/shared (or MoneyText for amounts). */
  schema: z.ZodType<unknown, string | null | undefined>;
  /** Saves the text as typed; rejects with the server's error, which stays shown with the field open. */
  onSave: (text: string) => Promise<void>;
  className?: string;
}

/**
 * A value with an edit button that turns it into a one-field form. Enter saves (Ctrl+Enter in a
 * multi-line field), Escape cancels; an error keeps the field open with what was typed.
 */
export function InlineEdit({
  label,
  value,
  display,
  kind = 'text',
  placeholder,
  schema,
  onSave,
  className = '',
}: Props) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const stop = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  if (!editing)
    return (
      <div className={`group flex min-w-0 items-start gap-1 ${className}`}>
        <div className="min-w-0">{display}</div>
        <button
          ref={editButton}
          type="button"
          className="btn btn-ghost btn-xs btn-square shrink-0 opacity-60 group-hover:opacity-100"
          onClick={() => setEditing(true)}
        >
          <Icon name="pencil" className="size-4" />
          <span className="sr-only">Edit {label.toLowerCase()}</span>
        </button>
      </div>
    );

  return (
    <InlineForm
      label={label}
      value={value}
      kind={kind}
      placeholder={placeholder}
      schema={schema}
      onSave={onSave}
      onDone={stop}
      className={className}
    />
  );
}

function InlineForm({
  label,
  value,
  kind,
  placeholder,
  schema,
  onSave,
  onDone,
  className,
}: Omit<Props, 'display'> & { kind: NonNullable<Props['kind']>; onDone: () => void }) {
  const id = useId();
  const { form, problem, submit } = useApiForm({
    schema: z.object({ text: schema }),
    mode: 'onSubmit',
    defaultValues: { text: value },
    // One field: whatever the server says about the value is said about it.
    serverNames: () => 'text',
    onSubmit: async () => {
      const text = form.getValues('text') ?? '';
      if (text.trim() !== value.trim()) await onSave(text);
      onDone();
    },
  });
  const error = form.formState.errors.text;
  const messageId = `${id}-message`;

  const keyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    } else if (kind === 'multiline' && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };
  const common = {
    id,
    autoFocus: true,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? messageId : `${id}-keys`,
    onKeyDown: keyDown,
    ...form.register('text'),
  } as const;

  return (
    <form onSubmit={submit} noValidate className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      {kind === 'money' ? (
        <MoneyInput {...common} invalid={Boolean(error)} />
      ) : kind === 'multiline' ? (
        <textarea {...common} rows={3} className={`textarea w-full ${error ? 'textarea-error' : ''}`} />
      ) : (
        <input {...common} type="text" className={`input w-full ${error ? 'input-error' : ''}`} />
      )}
      {error && (
        <p id={messageId} className="text-xs text-error">
          {label} {error.message}
        </p>
      )}
      <FormAlert problem={problem} />
      <div className="flex items-center gap-2">
        <button type="submit" className="btn btn-primary btn-xs" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting && <span className="loading loading-spinner loading-xs" />}
          Save
        </button>
        <button type="button" className="btn btn-ghost btn-xs" onClick={onDone}>
          Cancel
        </button>
        <span id={`${id}-keys`} className="text-xs text-base-content/50 max-sm:hidden">
          {kind === 'multiline' ? 'Ctrl+Enter to save' : 'Enter to save'}, Esc to cancel
        </span>
      </div>
    </form>
  );
}
