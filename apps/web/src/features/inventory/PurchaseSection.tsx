import { CONDITION_LABELS } from '@partwise/shared';
import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { MoneyField } from '../../components/MoneyField';
import { SelectField } from '../../components/SelectField';
import { fieldsOf } from '../../lib/form-fields';
import type { PartFormValues } from './part-form';
import { SourceField } from './SourceField';

export const GRADE_LABELS: Record<string, string> = {
  '1': '1 · poor',
  '2': '2 · worn',
  '3': '3 · fair',
  '4': '4 · good',
  '5': '5 · like new',
};

/** "4/5, good" */
export function gradeText(grade: number): string {
  const word = GRADE_LABELS[String(grade)]?.split(' · ')[1];
  return word ? `${grade}/5, ${word}` : `${grade}/5`;
}

/** Where it came from, what it cost, and what shape it is in. */
export function PurchaseSection({ form }: { form: UseFormReturn<PartFormValues> }) {
  const id = useId();
  const { register, formState } = form;
  const { errors } = formState;
  const field = fieldsOf(form);
  return (
    <section className="card border border-base-300 bg-base-100" aria-labelledby={`${id}-title`}>
      <div className="card-body gap-3">
        <h2 id={`${id}-title`} className="card-title text-base">
          Purchase and condition
        </h2>
        <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
          <MoneyField label="Cost" {...field('cost')} hint="What you paid, in dollars." />
          <MoneyField
            label="Expected sale price"
            {...field('expectedPrice')}
            hint="Optional: leave blank to use the estimate."
          />
          <DateField label="Acquired" {...field('acquiredAt')} />
          <SourceField {...field('source')} hint="Where you bought it; any text." />
          <SelectField label="Condition" {...field('condition')} choices={CONDITION_LABELS} />
          <SelectField
            label="Grade"
            {...field('grade')}
            hint="How it looks and works, 1 to 5."
            choices={GRADE_LABELS}
            empty="Not graded"
          />
          <Field label="Serial number" error={errors.serial?.message}>
            {(c) => (
              <input
                className={`input w-full ${errors.serial ? 'input-error' : ''}`}
                autoComplete="off"
                {...c}
                {...register('serial')}
              />
            )}
          </Field>
        </div>
        <Field label="Notes" error={errors.notes?.message}>
          {(c) => (
            <textarea
              className={`textarea w-full ${errors.notes ? 'textarea-error' : ''}`}
              rows={3}
              placeholder="Tested, fans rattle at 70%, original box…"
              {...c}
              {...register('notes')}
            />
          )}
        </Field>
      </div>
    </section>
  );
}
