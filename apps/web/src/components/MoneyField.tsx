import type { LabelledField } from '../lib/form-fields';
import { Field } from './Field';
import { MoneyInput } from './MoneyInput';

/** A labelled dollar amount ("$" prefix) for a form field checked by MoneyText / RequiredMoneyText. */
export function MoneyField({ label, registration, error, hint, className }: LabelledField) {
  return (
    <Field label={label} error={error?.message} hint={hint} className={className}>
      {(control) => <MoneyInput invalid={Boolean(error)} {...control} {...registration} />}
    </Field>
  );
}
