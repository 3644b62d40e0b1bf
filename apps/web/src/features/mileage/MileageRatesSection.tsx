import type { MileageYear } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { ErrorState, SkeletonRows } from '../../components/states';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { useApiForm } from '../../lib/api-form';
import { formatDay, formatMileRate } from '../../lib/format';
import { mileageQueries, useSaveMileageRate } from './queries';
import { CentsPerMileText, centsTextToTenths, tenthsToCentsText } from './rate-input';

const YEARS_SHOWN = 4;

/** The rate per mile of each year: the IRS standard business rate with its source, or the user's own. */
export function MileageRatesSection() {
  const rates = useQuery(mileageQueries.list());
  const [all, setAll] = useState(false);
  return (
    <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="mileage-title">
      <div className="card-body gap-4">
        <div>
          <h2 id="mileage-title" className="card-title text-base">
            Mileage rate
          </h2>
          <p className="text-sm text-base-content/70">
            A mileage expense is the miles times the rate of its year: the IRS standard rate for business use,
            unless you set your own. Amounts are rounded to the cent, half a cent up. Trips already recorded
            keep the rate they were worked out at.
          </p>
        </div>
        {rates.isPending ? (
          <SkeletonRows rows={3} label="Loading mileage rates" />
        ) : rates.isError ? (
          <ErrorState error={rates.error} onRetry={() => void rates.refetch()} />
        ) : (
          <>
            <ul className="divide-y divide-base-300">
              {(all ? rates.data.items : rates.data.items.slice(0, YEARS_SHOWN)).map((year) => (
                <YearRow key={year.year} year={year} />
              ))}
            </ul>
            <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-base-content/60">
              <span>IRS rates as of {rates.data.asOf}.</span>
              {rates.data.items.length > YEARS_SHOWN && (
                <button type="button" className="btn btn-ghost btn-xs" onClick={() => setAll(!all)}>
                  {all ? 'Fewer years' : 'Earlier years'}
                </button>
              )}
            </div>
          </>
        )}
      </div>
    </section>
  );
}

const RateForm = z.object({ rate: CentsPerMileText });

function irsText(year: MileageYear): string {
  if (year.irs.length === 1) return formatMileRate(year.irs[0]?.ratePerMileTenthCents ?? 0);
  return year.irs
    .map((p) => `${formatMileRate(p.ratePerMileTenthCents)} from ${formatDay(p.from)}`)
    .join(', ');
}

function YearRow({ year }: { year: MileageYear }) {
  const save = useSaveMileageRate();
  const notify = useToast();
  const initial = year.ratePerMileTenthCents ?? year.irs.at(-1)?.ratePerMileTenthCents ?? 0;
  const { form, problem, setProblem, submit } = useApiForm({
    schema: RateForm,
    mode: 'onChange',
    defaultValues: { rate: tenthsToCentsText(initial) },
    serverNames: { ratePerMileTenthCents: 'rate' },
    onSubmit: async ({ rate }) => {
      await save.mutateAsync({ year: year.year, rate: centsTextToTenths(rate) });
      form.reset({ rate });
      notify(`Mileage rate for ${year.year} saved`);
    },
  });
  const { register, formState } = form;
  // Both read on every render: react-hook-form only keeps the values it has seen read up to date.
  const { isDirty, isValid } = formState;
  const error = formState.errors.rate?.message;
  const reset = () => {
    setProblem(null);
    save
      .mutateAsync({ year: year.year, rate: null })
      .then(() => {
        form.reset({ rate: tenthsToCentsText(year.irs.at(-1)?.ratePerMileTenthCents ?? 0) });
        notify(`Mileage rate for ${year.year} back to the IRS rate`);
      })
      .catch((e: unknown) => setProblem({ message: errorMessage(e), details: [] }));
  };
  return (
    <li className="grid gap-2 py-3 md:grid-cols-[5rem_minmax(0,1fr)_auto] md:items-center">
      <p className="font-medium">
        {year.year}
        {year.ratePerMileTenthCents !== null && (
          <span className="badge badge-info badge-soft badge-sm ml-2">Yours</span>
        )}
      </p>
      <div className="text-xs text-base-content/60">
        <p>
          IRS {irsText(year)} a mile{year.irsExact ? '' : ' (not announced yet: the latest rate)'}
        </p>
        <p className="break-words">{year.source}</p>
      </div>
      <form onSubmit={submit} noValidate className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <label className={`input input-sm w-28 ${error ? 'input-error' : ''}`}>
            <input
              className="tabular text-right"
              inputMode="decimal"
              aria-label={`Mileage rate for ${year.year}, cents a mile`}
              aria-invalid={error ? true : undefined}
              {...register('rate')}
            />
            <span className="text-base-content/60">¢/mi</span>
          </label>
          <button
            type="submit"
            className="btn btn-sm btn-primary"
            disabled={!isDirty || !isValid || save.isPending}
            aria-label={`Save the mileage rate for ${year.year}`}
          >
            Save
          </button>
          {year.ratePerMileTenthCents !== null && (
            <button type="button" className="btn btn-sm btn-ghost" onClick={reset} disabled={save.isPending}>
              Use the IRS rate
            </button>
          )}
        </div>
        {(error || problem) && (
          <p className="text-xs text-error" role="alert">
            {error ? `Rate ${error}` : problem?.message}
          </p>
        )}
      </form>
    </li>
  );
}
