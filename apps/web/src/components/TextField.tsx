import { type InputHTMLAttributes, useId } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: string;
}

/**
 * A labelled input with its error beneath. Schema messages are phrased to follow the label
 * ("must be a valid email address"), so the label starts the sentence.
 */
export function TextField({ label, registration, error, hint, className = '', ...input }: Props) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = error?.message ? `${label} ${error.message}` : hint;
  return (
    <fieldset className="fieldset">
      <label className="fieldset-legend pb-1 text-sm" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className={`input w-full ${error ? 'input-error' : ''} ${className}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        {...input}
        {...registration}
      />
      {message && (
        <p id={messageId} className={`label text-sm whitespace-normal ${error ? 'text-error' : ''}`}>
          {message}
        </p>
      )}
    </fieldset>
  );
}
