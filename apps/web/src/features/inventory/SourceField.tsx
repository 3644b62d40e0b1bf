import { SOURCE_LABELS, SOURCE_SUGGESTIONS } from '@partwise/shared';
import { type ReactNode, useId } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../components/Field';

/** Where something was bought: any text, with the usual places suggested. */
export function SourceField({
  registration,
  error,
  hint,
  className,
}: {
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: ReactNode;
  className?: string;
}) {
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
