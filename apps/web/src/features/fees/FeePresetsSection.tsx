import { centsToDecimal, type FeePreset } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { z } from 'zod';
import { FormAlert } from '../../components/FormAlert';
import { ErrorState, SkeletonRows } from '../../components/states';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { useApiForm } from '../../lib/api-form';
import { basisPointsToText, formatMoney, formatPercent } from '../../lib/format';
import { checkedCents, MoneyText } from '../../lib/money-input';
import { PercentText, percentToBasisPoints } from './percent-input';
import { feePresetQueries, useSaveFeePreset } from './queries';

const RateForm = z.object({ percent: PercentText, fixed: MoneyText });
type RateForm = z.infer<typeof RateForm>;

const describe = (bp: number, fixed: number) =>
  [bp ? formatPercent(bp) : '', fixed ? formatMoney(fixed) : ''].filter(Boolean).join(' + ') || 'No fee';

const rateToForm = (rate: { percentBasisPoints: number; fixedCents: number }): RateForm => ({
  percent: basisPointsToText(rate.percentBasisPoints),
  fixed: centsToDecimal(rate.fixedCents),
});

/** Each platform's selling fee: the documented default with its source, or the user's own. */
export function FeePresetsSection() {
  const presets = useQuery(feePresetQueries.list());
  return (
    <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="fees-title">
      <div className="card-body gap-4">
        <div>
          <h2 id="fees-title" className="card-title text-base">
            Platform fees
          </h2>
          <p className="text-sm text-base-content/70">
            Used for the estimated net on listings and the fees filled in when you mark something sold.
            Platforms change their fees: check the source and set your own.
          </p>
        </div>
        {presets.isPending ? (
          <SkeletonRows rows={4} label="Loading fees" />
        ) : presets.isError ? (
          <ErrorState error={presets.error} onRetry={() => void presets.refetch()} />
        ) : (
          <ul className="divide-y divide-base-300">
            {presets.data.items.map((preset) => (
              <PresetRow key={preset.platform} preset={preset} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function PresetRow({ preset }: { preset: FeePreset }) {
  const save = useSaveFeePreset();
  const notify = useToast();
  const messageId = useId();
  const { form, problem, setProblem, submit } = useApiForm({
    schema: RateForm,
    mode: 'onChange',
    defaultValues: rateToForm(preset),
    serverNames: { percentBasisPoints: 'percent' },
    onSubmit: async (values) => {
      const rate = {
        percentBasisPoints: percentToBasisPoints(values.percent) ?? 0,
        fixedCents: checkedCents(values.fixed),
      };
      await save.mutateAsync({ platform: preset.platform, rate });
      form.reset(values);
      notify(`${preset.label} fee saved`);
    },
  });
  const { register, formState } = form;
  const { errors } = formState;
  const message = [
    errors.percent && `Percentage ${errors.percent.message}`,
    errors.fixed && `Fixed fee ${errors.fixed.message}`,
  ]
    .filter(Boolean)
    .join('. ');

  const backToDefault = () => {
    setProblem(null);
    save
      .mutateAsync({ platform: preset.platform, rate: null })
      .then(() => {
        form.reset(rateToForm(preset.default));
        notify(`${preset.label} fee back to the default`);
      })
      .catch((error: unknown) => setProblem({ message: errorMessage(error), details: [] }));
  };

  return (
    <li className="grid gap-3 py-3 md:grid-cols-[12rem_minmax(0,1fr)_auto] md:items-center">
      <div>
        <p className="font-medium">
          {preset.label}
          {preset.custom && <span className="badge badge-info badge-soft badge-sm ml-2">Yours</span>}
        </p>
        <p className="text-xs text-base-content/60">
          Default {describe(preset.default.percentBasisPoints, preset.default.fixedCents)} · as of{' '}
          {preset.default.asOf}
        </p>
      </div>
      <p className="text-xs text-base-content/60 break-words">{preset.default.source}</p>
      <form onSubmit={submit} noValidate className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <label className={`input input-sm w-24 ${errors.percent ? 'input-error' : ''}`}>
            <input
              aria-label={`${preset.label} percentage`}
              aria-invalid={errors.percent ? true : undefined}
              aria-describedby={message ? messageId : undefined}
              inputMode="decimal"
              className="tabular text-right"
              {...register('percent')}
            />
            <span className="text-base-content/60">%</span>
          </label>
          <span className="text-base-content/60">+</span>
          <label className={`input input-sm w-24 ${errors.fixed ? 'input-error' : ''}`}>
            <span className="text-base-content/60">$</span>
            <input
              aria-label={`${preset.label} fixed fee`}
              aria-invalid={errors.fixed ? true : undefined}
              aria-describedby={message ? messageId : undefined}
              inputMode="decimal"
              className="tabular text-right"
              {...register('fixed')}
            />
          </label>
          <button
            type="submit"
            className="btn btn-sm btn-primary"
            disabled={!formState.isDirty || !formState.isValid || save.isPending}
          >
            Save
          </button>
          {preset.custom && (
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              disabled={save.isPending}
              onClick={backToDefault}
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
