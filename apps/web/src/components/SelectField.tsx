import type { LabelledField } from '../lib/form-fields';
import { Field } from './Field';

/**
 * A labelled choice among fixed values. `choices` maps each value to its label (PLATFORM_LABELS…); its
 * order is the order offered. `empty` adds a first, empty choice with that label.
 */
export function SelectField({
  label,
  registration,
  error,
  hint,
  className,
  choices,
  empty,
}: LabelledField & { choices: Record<string, string>; empty?: string }) {
  return (
    <Field label={label} error={error?.message} hint={hint} className={className}>
      {(control) => (
        <select className={`select w-full ${error ? 'select-error' : ''}`} {...control} {...registration}>
          {empty !== undefined && <option value="">{empty}</option>}
          {Object.entries(choices).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
