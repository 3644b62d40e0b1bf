import { CONDITION_LABELS, CONDITIONS, SOURCE_LABELS, SOURCE_SUGGESTIONS } from '@partwise/shared';
import { useId } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field } from '../../components/Field';
import { MoneyInput } from '../../components/MoneyInput';
import type { PartFormValues } from './part-form';

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
          <Field label="Cost" error={errors.cost?.message} hint="What you paid, in dollars.">
            {(c) => <MoneyInput invalid={Boolean(errors.cost)} {...c} {...register('cost')} />}
          </Field>
          <Field label="Acquired" error={errors.acquiredAt?.message}>
            {(c) => (
              <input
                type="date"
                className={`input w-full ${invalid('acquiredAt')}`}
                {...c}
                {...register('acquiredAt')}
              />
            )}
          </Field>
          <Field label="Source" error={errors.source?.message} hint="Where you bought it; any text.">
            {(c) => (
              <>
                <input
                  className={`input w-full ${invalid('source')}`}
                  list={`${id}-sources`}
                  autoComplete="off"
                  {...c}
                  {...register('source')}
                />
                <datalist id={`${id}-sources`}>
                  {SOURCE_SUGGESTIONS.map((s) => (
                    <option key={s} value={s} label={SOURCE_LABELS[s]} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label="Condition" error={errors.condition?.message}>
            {(c) => (
              <select className="select w-full" {...c} {...register('condition')}>
                {CONDITIONS.map((condition) => (
                  <option key={condition} value={condition}>
                    {CONDITION_LABELS[condition]}
                  </option>
                ))}
              </select>
            )}
          </Field>
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
