import { type ReactNode, useId } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A label, any control and its message beneath: the error when there is one, else the hint. Messages are
 * phrased to follow the label ("is required"), so the label starts the sentence.
 */
export function Field({
  label,
  error,
  hint,
  className = '',
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = error ? `${label} ${error}` : hint;
  return (
    <fieldset className={`fieldset py-0 ${className}`}>
      <label className="fieldset-legend pb-1 text-sm" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': message ? messageId : undefined,
      })}
      {message && (
        <p id={messageId} className={`label text-xs whitespace-normal ${error ? 'text-error' : ''}`}>
          {message}
        </p>
      )}
    </fieldset>
  );
}
