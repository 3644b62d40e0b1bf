import { CONDITION_LABELS, CONDITIONS } from '@partwise/shared';
import { useId } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { MoneyField } from '../../components/MoneyField';
import { SelectField } from '../../components/SelectField';
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
export function PurchaseSection({
  register,
  errors,
}: {
  register: UseFormRegister<PartFormValues>;
  errors: FieldErrors<PartFormValues>;
}) {
  const id = useId();
  const invalid = (name: keyof PartFormValues) => (errors[name] ? 'input-error select-error' : '');
  return (
    <section className="card border border-base-300 bg-base-100" aria-labelledby={`${id}-title`}>
      <div className="card-body gap-3">
        <h2 id={`${id}-title`} className="card-title text-base">
          Purchase and condition
        </h2>
        <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
          <MoneyField
            label="Cost"
            registration={register('cost')}
            error={errors.cost}
            hint="What you paid, in dollars."
          />
          <DateField label="Acquired" registration={register('acquiredAt')} error={errors.acquiredAt} />
          <SourceField
            registration={register('source')}
            error={errors.source}
            hint="Where you bought it; any text."
          />
          <SelectField
            label="Condition"
            registration={register('condition')}
            error={errors.condition}
            options={CONDITIONS}
            labels={CONDITION_LABELS}
          />
          <Field label="Grade" error={errors.grade?.message} hint="How it looks and works, 1 to 5.">
            {(c) => (
              <select className={`select w-full ${invalid('grade')}`} {...c} {...register('grade')}>
                <option value="">Not graded</option>
                {Object.entries(GRADE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Serial number" error={errors.serial?.message}>
            {(c) => (
              <input
                className={`input w-full ${invalid('serial')}`}
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
