import type { ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';

/** A labelled choice among fixed values, each shown by its label. */
export function SelectField<T extends string>({
  label,
  registration,
  error,
  hint,
  options,
  labels,
  className,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: ReactNode;
  options: readonly T[];
  labels: Record<T, string>;
  className?: string;
}) {
  return (
    <Field label={label} error={error?.message} hint={hint} className={className}>
      {(control) => (
        <select className={`select w-full ${error ? 'select-error' : ''}`} {...control} {...registration}>
          {options.map((value) => (
            <option key={value} value={value}>
              {labels[value]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
