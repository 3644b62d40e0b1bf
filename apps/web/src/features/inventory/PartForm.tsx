import { CATEGORY_LABELS, type Category, type PartCreate } from '@partwise/shared';
import { type KeyboardEvent, useId, useState } from 'react';
import { Controller, type Path, useForm } from 'react-hook-form';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { SelectField } from '../../components/SelectField';
import { errorMessage } from '../../lib/api';
import { fieldsOf } from '../../lib/form-fields';
import { CatalogCombobox } from './CatalogCombobox';
import { PurchaseSection } from './PurchaseSection';
import {
  catalogToForm,
  type PartFormValues,
  partFormResolver,
  serverFieldErrors,
  toPartBody,
} from './part-form';
import { SpecFields } from './SpecFields';

interface Props {
  defaultValues: PartFormValues;
  submitLabel: string;
  /** Saves; resolves when done, rejects with the server's error. */
  onSave: (body: PartCreate, values: PartFormValues) => Promise<void>;
  /** "Save and add another": saves, then starts over with what the next part likely shares. */
  onSaveAnother?: (body: PartCreate, values: PartFormValues) => Promise<PartFormValues>;
  onCancel: () => void;
}

/** Add or edit a part: keyboard first, checked as you type with the server's own schemas. */
export function PartForm({ defaultValues, submitLabel, onSave, onSaveAnother, onCancel }: Props) {
  const id = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PartFormValues>({ resolver: partFormResolver, mode: 'onTouched', defaultValues });
  const { register, control, handleSubmit, setValue, setError, watch, formState, reset, setFocus } = form;
  const { errors } = formState;
  const field = fieldsOf(form);
  const category = watch('category');
  const catalogPartId = watch('catalogPartId');

  const submit = (another: boolean) =>
    handleSubmit(async (values) => {
      setFormError(null);
      const { body } = toPartBody(values);
      if (!body) return;
      try {
        if (another && onSaveAnother) {
          reset(await onSaveAnother(body, values));
          setFocus('name');
        } else await onSave(body, values);
      } catch (error) {
        const fields = serverFieldErrors(error);
        for (const [name, message] of Object.entries(fields))
          setError(name as Path<PartFormValues>, { type: 'server', message });
        if (Object.keys(fields).length === 0) setFormError(errorMessage(error));
      }
    });

  const saveOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(false)();
  };

  return (
    <form onSubmit={submit(false)} onKeyDown={saveOnCtrlEnter} noValidate className="flex flex-col gap-6">
      {formError && (
        <div role="alert" className="alert alert-error alert-soft">
          <Icon name="warning" />
          <span>{formError}</span>
        </div>
      )}
      <section className="card border border-base-300 bg-base-100" aria-labelledby={`${id}-what`}>
        <div className="card-body gap-3">
          <h2 id={`${id}-what`} className="card-title text-base">
            What it is
          </h2>
          <Controller
            control={control}
            name="name"
            render={({ field, fieldState }) => (
              <Field
                label="Name"
                error={fieldState.error?.message}
                hint={
                  catalogPartId
                    ? undefined
                    : 'Type a few characters to pick from the catalog: category, brand and specs fill in.'
                }
              >
                {(c) => (
                  <CatalogCombobox
                    id={c.id}
                    label="Name"
                    describedBy={c['aria-describedby']}
                    invalid={Boolean(c['aria-invalid'])}
                    value={field.value}
                    inputRef={field.ref}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    placeholder="e.g. RTX 3070 or Ryzen 5 5600X"
                    onPick={(entry) => {
                      for (const [key, value] of Object.entries(catalogToForm(entry)))
                        setValue(key as keyof PartFormValues, value as never, { shouldValidate: true });
                    }}
                  />
                )}
              </Field>
            )}
          />
          {catalogPartId && (
            <p className="flex flex-wrap items-center gap-2 text-sm text-base-content/70">
              <span className="badge badge-primary badge-soft">From the catalog</span>
              Specs came from the catalog; change any that differ.
              <button
                type="button"
                className="btn btn-ghost btn-xs"
                onClick={() => setValue('catalogPartId', null)}
              >
                Unlink
              </button>
            </p>
          )}
          <div className="grid gap-x-4 gap-y-2 sm:grid-cols-3">
            <SelectField label="Category" {...field('category')} choices={CATEGORY_LABELS} empty="Choose…" />
            <Field label="Brand" error={errors.brand?.message}>
              {(c) => <input className="input w-full" {...c} {...register('brand')} />}
            </Field>
            <Field label="Model" error={errors.model?.message}>
              {(c) => <input className="input w-full" {...c} {...register('model')} />}
            </Field>
          </div>
        </div>
      </section>

      <PurchaseSection form={form} />

      <section className="card border border-base-300 bg-base-100" aria-labelledby={`${id}-specs`}>
        <div className="card-body gap-3">
          <h2 id={`${id}-specs`} className="card-title text-base">
            Specs
          </h2>
          {category ? (
            <SpecFields category={category as Category} register={register} errors={errors.specs} />
          ) : (
            <p className="text-sm text-base-content/60">Choose a category to see its specs.</p>
          )}
        </div>
      </section>

      <div className="flex flex-wrap items-center justify-end gap-2">
        <span className="mr-auto hidden text-xs text-base-content/50 sm:inline">Ctrl+Enter saves</span>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
        {onSaveAnother && (
          <button type="button" className="btn" disabled={formState.isSubmitting} onClick={submit(true)}>
            Save and add another
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting && <span className="loading loading-spinner loading-sm" />}
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
