import { centsToDecimal, DELIVERY_LABELS, type FeePreset, type FeeRate } from '@partwise/shared';
import { useId } from 'react';
import { z } from 'zod';
import { FormAlert } from '../../components/FormAlert';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { useApiForm } from '../../lib/api-form';
import { basisPointsToText, formatMoney, formatPercent } from '../../lib/format';
import { checkedCents, MoneyText } from '../../lib/money-input';
import { PercentText, percentToBasisPoints } from './percent-input';
import { useSaveFeePreset } from './queries';

const RateForm = z.object({ percent: PercentText, fixed: MoneyText, minimum: MoneyText });
type RateForm = z.infer<typeof RateForm>;

/** "10% (at least $0.80)", "13.6% + $0.40", "No fee". */
function describe({ percentBasisPoints, fixedCents, minimumCents }: FeeRate): string {
  const fee = [
    percentBasisPoints ? formatPercent(percentBasisPoints) : '',
    fixedCents ? formatMoney(fixedCents) : '',
  ]
    .filter(Boolean)
    .join(' + ');
  if (!fee) return minimumCents ? `${formatMoney(minimumCents)}` : 'No fee';
  return minimumCents ? `${fee} (at least ${formatMoney(minimumCents)})` : fee;
}

const rateToForm = (rate: FeeRate): RateForm => ({
  percent: basisPointsToText(rate.percentBasisPoints),
  fixed: centsToDecimal(rate.fixedCents),
  minimum: centsToDecimal(rate.minimumCents),
});

/** One platform's fee for one delivery: its default and source, and the user's own rate to edit. */
export function FeeRateRow({ preset, name }: { preset: FeePreset; name: string }) {
  const save = useSaveFeePreset();
  const notify = useToast();
  const messageId = useId();
  const { platform, delivery } = preset;
  const { form, problem, setProblem, submit } = useApiForm({
    schema: RateForm,
    mode: 'onChange',
    defaultValues: rateToForm(preset),
    serverNames: { percentBasisPoints: 'percent', fixedCents: 'fixed', minimumCents: 'minimum' },
    onSubmit: async (values) => {
      const rate = {
        percentBasisPoints: percentToBasisPoints(values.percent) ?? 0,
        fixedCents: checkedCents(values.fixed),
        minimumCents: checkedCents(values.minimum),
      };
      await save.mutateAsync({ platform, delivery, rate });
      form.reset(values);
      notify(`${name} fee saved`);
    },
  });
  const { register, formState } = form;
  // Both read on every render: react-hook-form only keeps the values it has seen read up to date.
  const { errors, isDirty, isValid } = formState;
  const message = [
    errors.percent && `Percentage ${errors.percent.message}`,
    errors.fixed && `Fixed fee ${errors.fixed.message}`,
    errors.minimum && `Minimum ${errors.minimum.message}`,
  ]
    .filter(Boolean)
    .join('. ');

  const backToDefault = () => {
    setProblem(null);
    save
      .mutateAsync({ platform, delivery, rate: null })
      .then(() => {
        form.reset(rateToForm(preset.default));
        notify(`${name} fee back to the default`);
      })
      .catch((error: unknown) => setProblem({ message: errorMessage(error), details: [] }));
  };
  const input = (field: keyof RateForm, label: string) => ({
    'aria-label': `${name} ${label}`,
    'aria-invalid': errors[field] ? (true as const) : undefined,
    'aria-describedby': message ? messageId : undefined,
    inputMode: 'decimal' as const,
    className: 'tabular text-right',
    ...register(field),
  });

  return (
    <li className="grid gap-2 md:grid-cols-[9rem_minmax(0,1fr)_auto] md:items-center">
      <div>
        <p className="text-sm font-medium">
          {DELIVERY_LABELS[delivery]}
          {preset.custom && <span className="badge badge-info badge-soft badge-sm ml-2">Yours</span>}
        </p>
        <p className="text-xs text-base-content/60">Default {describe(preset.default)}</p>
      </div>
      <p className="text-xs text-base-content/60 break-words">
        {preset.default.source} · as of {preset.default.asOf}
      </p>
      <form onSubmit={submit} noValidate className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <label className={`input input-sm w-22 ${errors.percent ? 'input-error' : ''}`}>
            <input {...input('percent', 'percentage')} />
            <span className="text-base-content/60">%</span>
          </label>
          <span className="text-base-content/60">+</span>
          <label className={`input input-sm w-22 ${errors.fixed ? 'input-error' : ''}`}>
            <span className="text-base-content/60">$</span>
            <input {...input('fixed', 'fixed fee')} />
          </label>
          <label className={`input input-sm w-28 ${errors.minimum ? 'input-error' : ''}`}>
            <span className="text-xs text-base-content/60">min $</span>
            <input {...input('minimum', 'minimum fee')} />
          </label>
          <button
            type="submit"
            className="btn btn-sm btn-primary"
            disabled={!isDirty || !isValid || save.isPending}
            aria-label={`Save the ${name} fee`}
          >
            Save
          </button>
          {preset.custom && (
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              disabled={save.isPending}
              onClick={backToDefault}
              aria-label={`Reset the ${name} fee`}
            >
              Reset
            </button>
          )}
        </div>
        {message && (
          <p id={messageId} className="text-xs text-error">
            {message}
          </p>
        )}
        <FormAlert problem={problem} />
      </form>
    </li>
  );
}
