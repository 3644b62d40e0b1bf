import type { LabelledField } from '../lib/form-fields';
import { Field } from './Field';

/** A labelled calendar date (YYYY-MM-DD) for a form field. */
export function DateField({ label, registration, error, hint, className }: LabelledField) {
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
