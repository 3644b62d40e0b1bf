import type { Category } from '@partwise/shared';
import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { Field, type FieldControlProps } from '../../components/Field';
import { type SpecField, type SpecInputs, specFields } from './spec-fields';

/** Any form that keeps a category's specs, as typed, under `specs` (the part form, a build's spec editor). */
type WithSpecs = FieldValues & { specs: SpecInputs };

/** The category's spec fields, generated from its shared schema. Blank means unknown. */
export function SpecFields<T extends WithSpecs>({
  category,
  register,
  errors,
}: {
  category: Category;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>['specs'];
}) {
  const fields = specFields(category);
  if (fields.length === 0) {
    return <p className="text-sm text-base-content/60">This category has no specs to record.</p>;
  }
  const errorOf = (key: string) => {
    const error = (errors as Record<string, { message?: string } | undefined> | undefined)?.[key];
    return error?.message;
  };
  return (
    <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
      {fields.map((field) => (
        <Field key={field.key} label={field.label} error={errorOf(field.key)} hint={field.hint}>
          {(control) => <SpecControl field={field} control={control} register={register} />}
        </Field>
      ))}
    </div>
  );
}

function SpecControl<T extends WithSpecs>({
  field,
  control,
  register,
}: {
  field: SpecField;
  control: FieldControlProps;
  register: UseFormRegister<T>;
}) {
  const registration = register(`specs.${field.key}` as Path<T>);
  const invalid = control['aria-invalid'] ? 'select-error input-error' : '';
  if (field.kind === 'enum' || field.kind === 'boolean') {
    const options = field.kind === 'boolean' ? ['true', 'false'] : field.options;
    const labelOf = (o: string) =>
      field.kind === 'boolean' ? (o === 'true' ? 'Yes' : 'No') : (field.optionLabels[o] ?? o);
    return (
      <select className={`select w-full ${invalid}`} {...control} {...registration}>
        <option value="">Unknown</option>
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
      type="text"
      inputMode={numeric ? (field.kind === 'int' ? 'numeric' : 'decimal') : undefined}
      autoComplete="off"
      placeholder="Unknown"
      className={`input w-full ${numeric ? 'tabular' : ''} ${invalid}`}
      {...control}
      {...registration}
    />
  );
}
