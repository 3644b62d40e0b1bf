import type { LotCreate } from '@partwise/shared';
import { type KeyboardEvent, useId } from 'react';
import { useFieldArray } from 'react-hook-form';
import { BusyButton } from '../../components/BusyButton';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Icon } from '../../components/Icon';
import { MoneyField } from '../../components/MoneyField';
import { useApiForm } from '../../lib/api-form';
import { useToday } from '../account/time-zone';
import { SourceField } from '../inventory/SourceField';
import { LotPartRow } from './LotPartRow';
import { LotTotals } from './LotTotals';
import { allocation, emptyLotForm, emptyRow, lotFieldName, lotFormResolver, toLotBody } from './lot-form';

/** A new lot: the lot itself, then its parts, typed one after another without leaving the keyboard. */
export function LotForm({
  onSave,
  onCancel,
}: {
  onSave: (body: LotCreate) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const today = useToday();
  const { form, field, problem, submit } = useApiForm({
    resolver: lotFormResolver,
    defaultValues: emptyLotForm(today),
    serverNames: lotFieldName,
    onSubmit: async (values) => {
      const { body } = toLotBody(values);
      if (body) await onSave(body);
    },
  });
  const { register, control, setValue, getValues, watch, formState } = form;
  const rows = useFieldArray({ control, name: 'parts' });
  const { errors } = formState;
  const total = watch('total');
  const parts = watch('parts');
  const shares = allocation({ total, parts });

  // Enter in a part row goes to the next row, adding one at the end; Ctrl+Enter saves from anywhere.
  const onRowKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (index === rows.fields.length - 1) rows.append(emptyRow(), { focusName: `parts.${index + 1}.name` });
    else form.setFocus(`parts.${index + 1}.name`);
  };
  const onFormKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  };

  return (
    <form onSubmit={submit} onKeyDown={onFormKeyDown} noValidate className="flex flex-col gap-6">
      <FormAlert problem={problem} />
      <section className="card border border-base-300 bg-base-100" aria-labelledby={`${id}-lot`}>
        <div className="card-body gap-3">
          <h2 id={`${id}-lot`} className="card-title text-base">
            The lot
          </h2>
          <div className="grid grid-cols-2 gap-x-4 gap-y-2 lg:grid-cols-4">
            <Field label="Lot name" error={errors.name?.message} className="col-span-2">
              {(c) => (
                <input
                  className={`input w-full ${errors.name ? 'input-error' : ''}`}
                  placeholder="e.g. Gaming PC from Marketplace"
                  autoComplete="off"
                  {...c}
                  {...register('name')}
                />
              )}
            </Field>
            <MoneyField label="Total price" {...field('total')} />
            <DateField label="Date" {...field('acquiredAt')} />
            <SourceField {...field('source')} className="col-span-2" />
            <Field label="Notes" error={errors.notes?.message} className="col-span-2">
              {(c) => <input className="input w-full" autoComplete="off" {...c} {...register('notes')} />}
            </Field>
          </div>
        </div>
      </section>

      <section className="card border border-base-300 bg-base-100" aria-labelledby={`${id}-parts`}>
        <div className="card-body gap-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`${id}-parts`} className="card-title text-base">
              What was in it
            </h2>
            <p className="text-xs text-base-content/60">
              Enter goes to the next part · weight 2 takes twice the share of weight 1
            </p>
          </div>
          <div className="hidden grid-cols-[2rem_minmax(0,1fr)_10rem_8rem_5rem_7rem_2rem] gap-2 text-xs font-medium text-base-content/60 md:grid">
            <span />
            <span>Part</span>
            <span>Category</span>
            <span>Condition</span>
            <span className="text-right">Weight</span>
            <span className="text-right">Cost</span>
            <span />
          </div>
          <ol>
            {rows.fields.map((row, index) => (
              <LotPartRow
                key={row.id}
                onKeyDown={onRowKeyDown(index)}
                index={index}
                control={control}
                register={register}
                setValue={setValue}
                getRow={() => getValues(`parts.${index}`)}
                errors={errors.parts?.[index]}
                cents={shares[index] ?? null}
                canRemove={rows.fields.length > 1}
                onRemove={() => rows.remove(index)}
              />
            ))}
          </ol>
          {errors.parts?.root && (
            <p role="alert" className="text-sm text-error">
              {errors.parts.root.message}
            </p>
          )}
          <div className="flex flex-wrap items-center justify-between gap-3 pt-2">
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => rows.append(emptyRow(), { focusName: `parts.${rows.fields.length}.name` })}
            >
              <Icon name="plus" className="size-4" />
              Add a part
            </button>
            <LotTotals total={total} shares={shares} />
          </div>
        </div>
      </section>

      <div className="flex flex-wrap items-center justify-end gap-2">
        <span className="mr-auto hidden text-xs text-base-content/50 sm:inline">Ctrl+Enter saves</span>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
        <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary">
          Save lot
        </BusyButton>
      </div>
    </form>
  );
}
