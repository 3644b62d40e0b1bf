import { CATEGORIES, CATEGORY_LABELS, CONDITION_LABELS, CONDITIONS } from '@partwise/shared';
import type { KeyboardEvent } from 'react';
import {
  type Control,
  Controller,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
} from 'react-hook-form';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { CatalogCombobox } from '../inventory/CatalogCombobox';
import { type LotFormValues, type LotRowValues, rowFromCatalog } from './lot-form';

interface Props {
  index: number;
  control: Control<LotFormValues>;
  register: UseFormRegister<LotFormValues>;
  setValue: UseFormSetValue<LotFormValues>;
  getRow: () => LotRowValues;
  errors: FieldErrors<LotRowValues> | undefined;
  cents: number | null;
  canRemove: boolean;
  onRemove: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** One part of the lot: name from the catalog, category, condition, weight, and its share of the price. */
export function LotPartRow(props: Props) {
  const { index, control, register, setValue, getRow, errors, cents, canRemove, onRemove } = props;
  const n = index + 1;
  const message = [
    errors?.name && `Name ${errors.name.message}`,
    errors?.category && `Category ${errors.category.message}`,
    errors?.weight && `Weight ${errors.weight.message}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li
      onKeyDown={props.onKeyDown}
      className="grid grid-cols-6 items-start gap-2 border-base-300 py-2 max-md:border-b md:grid-cols-[2rem_minmax(0,1fr)_10rem_8rem_5rem_7rem_2rem]"
    >
      <span className="tabular hidden pt-2.5 text-right text-sm text-base-content/50 md:block">{n}</span>
      <div className="col-span-6 md:col-span-1">
        <Controller
          control={control}
          name={`parts.${index}.name`}
          render={({ field }) => (
            <CatalogCombobox
              label={`Part ${n} name`}
              value={field.value}
              inputRef={field.ref}
              onChange={field.onChange}
              onBlur={field.onBlur}
              invalid={Boolean(errors?.name)}
              placeholder={index === 0 ? 'Type to search the catalog, e.g. 5600X' : 'Another part…'}
              onPick={(entry) => {
                const next = rowFromCatalog(getRow(), entry);
                setValue(`parts.${index}`, next, { shouldValidate: true });
              }}
            />
          )}
        />
      </div>
      <select
        className={`select col-span-3 w-full md:col-span-1 ${errors?.category ? 'select-error' : ''}`}
        aria-label={`Part ${n} category`}
        aria-invalid={errors?.category ? true : undefined}
        {...register(`parts.${index}.category`)}
      >
        <option value="">Category…</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABELS[c]}
          </option>
        ))}
      </select>
      <select
        className="select col-span-3 w-full md:col-span-1"
        aria-label={`Part ${n} condition`}
        {...register(`parts.${index}.condition`)}
      >
        {CONDITIONS.map((c) => (
          <option key={c} value={c}>
            {CONDITION_LABELS[c]}
          </option>
        ))}
      </select>
      <label
        className={`input col-span-3 w-full md:col-span-1 ${errors?.weight ? 'input-error' : ''}`}
        title="Share of the price, relative to the other parts. Blank is 1."
      >
        <span className="text-xs text-base-content/60 md:hidden">Weight</span>
        <input
          className="tabular text-right"
          aria-label={`Part ${n} weight`}
          aria-invalid={errors?.weight ? true : undefined}
          placeholder="1"
          inputMode="decimal"
          autoComplete="off"
          {...register(`parts.${index}.weight`)}
        />
      </label>
      <div className="col-span-2 flex items-baseline justify-end gap-2 pt-2.5 md:col-span-1">
        <span className="text-xs text-base-content/60 md:hidden">Cost</span>
        <output aria-label={`Part ${n} cost`}>
          {cents === null ? <span className="text-base-content/40">—</span> : <Money cents={cents} />}
        </output>
      </div>
      <button
        type="button"
        className="btn btn-ghost btn-square btn-sm col-span-1 mt-1 justify-self-end"
        aria-label={`Remove part ${n}`}
        disabled={!canRemove}
        onClick={onRemove}
      >
        <Icon name="x" className="size-4" />
      </button>
      {message && (
        <p className="col-span-6 text-xs text-error md:col-start-2 md:col-end-8" role="alert">
          {message}
        </p>
      )}
    </li>
  );
}
