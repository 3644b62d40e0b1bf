import { SOURCE_LABELS, SOURCE_SUGGESTIONS } from '@partwise/shared';
import { useId } from 'react';
import { Field } from '../../components/Field';
import type { LabelledField } from '../../lib/form-fields';

/** Where something was bought: any text, with the usual places suggested. */
export function SourceField({ registration, error, hint, className }: Omit<LabelledField, 'label'>) {
  const listId = `${useId()}-sources`;
  return (
    <Field label="Source" error={error?.message} hint={hint} className={className}>
      {(control) => (
        <>
          <input
            className={`input w-full ${error ? 'input-error' : ''}`}
            list={listId}
            autoComplete="off"
            {...control}
            {...registration}
          />
          <datalist id={listId}>
            {SOURCE_SUGGESTIONS.map((s) => (
              <option key={s} value={s} label={SOURCE_LABELS[s]} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
