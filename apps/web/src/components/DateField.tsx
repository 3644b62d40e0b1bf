import type { ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';

/** A labelled calendar date (YYYY-MM-DD) for a form field. */
export function DateField({
  label,
  registration,
  error,
  hint,
  className,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: ReactNode;
  className?: string;
}) {
  return (
    <Field label={label} error={error?.message} hint={hint} className={className}>
      {(control) => (
        <input
          type="date"
          className={`input w-full ${error ? 'input-error' : ''}`}
          {...control}
          {...registration}
        />
      )}
    </Field>
  );
}
