import type { ReactNode } from 'react';
import type {
  FieldError,
  FieldValues,
  Path,
  RegisterOptions,
  UseFormRegisterReturn,
  UseFormReturn,
} from 'react-hook-form';

/** What a labelled form field (MoneyField, DateField, SelectField, TextField…) needs from the form. */
export interface BoundField {
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
}

/** A labelled field's own props: the form's part, a label, and a hint shown while there is no error. */
export interface LabelledField extends BoundField {
  label: string;
  hint?: ReactNode;
  className?: string;
}

/** `field('price')` gives the price's registration and error, to spread on a labelled field. */
export function fieldsOf<T extends FieldValues, C, O>({
  register,
  getFieldState,
  formState,
}: UseFormReturn<T, C, O>) {
  return <N extends Path<T>>(name: N, options?: RegisterOptions<T, N>): BoundField => ({
    registration: register(name, options),
    error: getFieldState(name, formState).error,
  });
}
