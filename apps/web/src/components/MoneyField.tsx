import type { ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';
import { MoneyInput } from './MoneyInput';

/** A labelled dollar amount ("$" prefix) for a form field checked by MoneyText / RequiredMoneyText. */
export function MoneyField({
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
      {(control) => <MoneyInput invalid={Boolean(error)} {...control} {...registration} />}
    </Field>
  );
}
