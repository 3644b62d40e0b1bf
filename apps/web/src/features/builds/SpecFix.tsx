import { specLabel } from '@partwise/shared';
import { useId, useMemo, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import type { FieldControlProps } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Icon } from '../../components/Icon';
import { useApiForm } from '../../lib/api-form';
import type { SpecField } from '../inventory/spec-fields';
import type { SpecChange } from './item-mutations';
import { readSpecInput, type UnknownSpec } from './spec-input';

interface Props {
  unknown: UnknownSpec;
  /** Saves the spec on the item; rejects with the server's error. */
  onSave: (change: SpecChange) => Promise<void>;
}

/**
 * An unknown spec, asked for where the report says it is missing: "Enter the maximum graphics card length"
 * opens one field; saving it on the user's part (or planned purchase) checks the build again.
 */
export function SpecFix({ unknown, onSave }: Props) {
  const [open, setOpen] = useState(false);
  const what = specLabel(`${unknown.category}.${unknown.field.key}`);
  if (!open) {
    return (
      <button type="button" className="btn btn-ghost btn-xs text-primary" onClick={() => setOpen(true)}>
        <Icon name="pencil" className="size-3.5" />
        Enter the {what}
        <span className="sr-only"> of the {unknown.entry.name}</span>
      </button>
    );
  }
  return <SpecFixForm unknown={unknown} onSave={onSave} onClose={() => setOpen(false)} />;
}

function SpecFixForm({ unknown, onSave, onClose }: Props & { onClose: () => void }) {
  const { category, field, entry, question } = unknown;
  const schema = useMemo(
    () =>
      z.object({ value: z.string() }).superRefine(({ value }, ctx) => {
        const read = readSpecInput(category, field, value);
        if (!read.ok) ctx.addIssue({ code: 'custom', path: ['value'], message: read.message });
      }),
    [category, field],
  );
  const { form, problem, submit } = useApiForm({
    schema,
    defaultValues: { value: '' },
    serverNames: { [`specs.${field.key}`]: 'value' },
    onSubmit: async ({ value }) => {
      const read = readSpecInput(category, field, value);
      if (read.ok) await onSave({ entry, specs: { [field.key]: read.value } });
    },
  });
  const { register, formState } = form;
  const inputId = useId();
  const messageId = `${inputId}-message`;
  const error = formState.errors.value?.message;
  const saved = entry.kind === 'part' ? 'your part' : 'this planned purchase';
  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-1 flex w-full flex-col gap-1.5 rounded-field bg-base-200 p-2"
    >
      <FormAlert problem={problem} />
      <label htmlFor={inputId} className="text-xs font-medium">
        {question}
      </label>
      <SpecControl
        field={field}
        control={{ id: inputId, 'aria-invalid': error ? true : undefined, 'aria-describedby': messageId }}
        registration={register('value')}
      />
      <p id={messageId} className={`text-xs ${error ? 'text-error' : 'text-base-content/60'}`}>
        {error
          ? `The ${specLabel(`${category}.${field.key}`)} ${error}.`
          : `Saved on ${saved}, never on the shared catalog.`}
      </p>
      <div className="flex justify-end gap-2">
        <button type="button" className="btn btn-ghost btn-xs" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary btn-xs" disabled={formState.isSubmitting}>
          {formState.isSubmitting && <span className="loading loading-spinner loading-xs" />}
          Save and check again
        </button>
      </div>
    </form>
  );
}

function SpecControl({
  field,
  control,
  registration,
}: {
  field: SpecField;
  control: FieldControlProps;
  registration: UseFormRegisterReturn<'value'>;
}) {
  const invalid = control['aria-invalid'] ? 'select-error input-error' : '';
  if (field.kind === 'enum' || field.kind === 'boolean') {
    const options = field.kind === 'boolean' ? ['true', 'false'] : field.options;
    const labelOf = (o: string) =>
      field.kind === 'boolean' ? (o === 'true' ? 'Yes' : 'No') : (field.optionLabels[o] ?? o);
    return (
      // biome-ignore lint/a11y/noAutofocus: the person just asked for this field
      <select autoFocus className={`select select-sm w-full ${invalid}`} {...control} {...registration}>
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
      </select>
    );
  }
  const numeric = field.kind === 'int' || field.kind === 'number';
  return (
    <input
      // biome-ignore lint/a11y/noAutofocus: the person just asked for this field
      autoFocus
      type="text"
      inputMode={numeric ? 'numeric' : undefined}
      autoComplete="off"
      placeholder={field.kind === 'list' ? field.hint : undefined}
      className={`input input-sm w-full ${numeric ? 'tabular' : ''} ${invalid}`}
      {...control}
      {...registration}
    />
  );
}
