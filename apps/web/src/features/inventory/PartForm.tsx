import { CATEGORY_LABELS, type Category, type PartCreate } from '@partwise/shared';
import { type KeyboardEvent, useId } from 'react';
import { Controller } from 'react-hook-form';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { useApiForm } from '../../lib/api-form';
import { CatalogCombobox } from './CatalogCombobox';
import { PurchaseSection } from './PurchaseSection';
import { catalogToForm, type PartFormValues, partFormResolver, toPartBody } from './part-form';
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
  const save = (another: boolean) => async (values: PartFormValues) => {
    const { body } = toPartBody(values);
    if (!body) return;
    if (another && onSaveAnother) {
      form.reset(await onSaveAnother(body, values));
      form.setFocus('name');
    } else await onSave(body, values);
  };
  const { form, field, problem, submit, submitWith } = useApiForm({
    resolver: partFormResolver,
    defaultValues,
    onSubmit: save(false),
  });
  const { register, control, setValue, watch, formState } = form;
  const { errors } = formState;
  const category = watch('category');
  const catalogPartId = watch('catalogPartId');

  const saveOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  };

  return (
    <form onSubmit={submit} onKeyDown={saveOnCtrlEnter} noValidate className="flex flex-col gap-6">
      <FormAlert problem={problem} />
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
          <button
            type="button"
            className="btn"
            disabled={formState.isSubmitting}
            onClick={submitWith(save(true))}
          >
            Save and add another
          </button>
        )}
        <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary">
          {submitLabel}
        </BusyButton>
      </div>
    </form>
  );
}
