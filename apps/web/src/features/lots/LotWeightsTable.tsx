import type { LotWithParts, splitLot } from '@partwise/shared';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Money } from '../../components/Money';
import { formatMoney } from '../../lib/format';
import type { LotEditForm } from './lot-edit-form';

/** Each part's weight to edit, its cost now and after the new split; sold parts keep theirs. */
export function LotWeightsTable({
  lot,
  register,
  errors,
  split,
}: {
  lot: LotWithParts;
  register: UseFormRegister<LotEditForm>;
  errors: FieldErrors<LotEditForm>['parts'];
  split: ReturnType<typeof splitLot> | null;
}) {
  const costs = split?.ok ? split.costs : null;
  const newTotal = costs?.reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby="lot-weights" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="lot-weights" className="font-medium">
          Split across the parts
        </h3>
        <p className="text-xs text-base-content/60">Weight 2 takes twice the share of weight 1</p>
      </div>
      <ul className="divide-y divide-base-300 rounded-box border border-base-300">
        {lot.parts.map((part, index) => {
          const sold = part.status === 'sold';
          const next = costs?.[index];
          const error = errors?.[index]?.weight?.message;
          return (
            <li
              key={part.id}
              className="grid grid-cols-[7rem_minmax(0,1fr)] items-center gap-2 px-3 py-2 sm:grid-cols-[minmax(0,1fr)_6rem_7rem]"
            >
              <div className="col-span-2 min-w-0 sm:col-span-1">
                <p className="text-sm font-medium break-words sm:truncate">{part.name}</p>
                {sold ? (
                  <p className="text-xs text-base-content/60">Sold: keeps the cost its sale fixed</p>
                ) : (
                  error && (
                    <p className="text-xs text-error" role="alert">
                      Weight {error}
                    </p>
                  )
                )}
              </div>
              <label className={`input input-sm w-full ${error ? 'input-error' : ''}`}>
                <span className="text-xs text-base-content/60">×</span>
                <input
                  className="tabular text-right"
                  inputMode="decimal"
                  aria-label={`${part.name} weight`}
                  aria-invalid={error ? true : undefined}
                  readOnly={sold}
                  {...register(`parts.${index}.weight`)}
                />
              </label>
              <output className="text-right text-sm" aria-label={`${part.name} new cost`}>
                {next === undefined ? (
                  <span className="text-base-content/40">—</span>
                ) : next === part.costCents ? (
                  <Money cents={next} />
                ) : (
                  <>
                    <span className="block text-xs text-base-content/50 line-through">
                      {formatMoney(part.costCents)}
                    </span>
                    <Money cents={next} className="font-semibold" />
                  </>
                )}
              </output>
            </li>
          );
        })}
      </ul>
      {split && !split.ok ? (
        <p className="text-sm text-error" role="alert">
          {split.reason === 'all_sold'
            ? `Every part is sold, so the price stays ${formatMoney(split.soldCents)}, what their sales hold.`
            : `The price must be at least ${formatMoney(split.soldCents)}: the parts already sold cost that in their sales.`}
        </p>
      ) : (
        newTotal !== undefined && (
          <p className="text-sm text-base-content/70" data-testid="lot-edit-split" aria-live="polite">
            {lot.parts.length} parts · <Money cents={newTotal} className="font-semibold" /> in all, to the
            cent
          </p>
        )
      )}
    </section>
  );
}
