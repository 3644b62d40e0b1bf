import { type BuildItem, type CatalogPart, centsToDecimal, PlannedItemCreate } from '@partwise/shared';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Icon } from '../../components/Icon';
import { MoneyInput } from '../../components/MoneyInput';
import { TextField } from '../../components/TextField';
import { useApiForm } from '../../lib/api-form';
import { inputToCents, MoneyText } from '../../lib/money-input';
import { catalogName } from '../inventory/part-form';
import { CatalogResults } from './CatalogResults';
import type { PlannedDraft } from './item-mutations';
import type { Slot } from './slots';

const PlanForm = z.object({ name: PlannedItemCreate.shape.name.unwrap(), cost: MoneyText });

interface Props {
  slot: Slot;
  items: BuildItem[];
  /** Rejects with the server's error, shown on the form. */
  onPlan: (draft: PlannedDraft) => Promise<void>;
  /** Start in the catalog search (when the stock had nothing to offer). */
  autoFocus?: boolean;
}

/** A purchase to plan: chosen from the catalog (price new prefilled, specs checked) or typed by hand. */
export function PlanTab({ slot, items, onPlan, autoFocus }: Props) {
  const [entry, setEntry] = useState<CatalogPart | null>(null);
  const { form, problem, submit } = useApiForm({
    schema: PlanForm,
    defaultValues: { name: '', cost: '' },
    serverNames: { expectedCostCents: 'cost' },
    onSubmit: (values) =>
      onPlan({
        category: slot.category,
        name: values.name.trim(),
        catalogPartId: entry?.id ?? null,
        specs: entry?.specs ?? {},
        expectedCostCents: inputToCents(values.cost) ?? 0,
      }),
  });
  const { register, control, setValue, formState } = form;

  const choose = (chosen: CatalogPart) => {
    setEntry(chosen);
    setValue('name', catalogName(chosen), { shouldValidate: true });
    if (chosen.priceCents !== null)
      setValue('cost', centsToDecimal(chosen.priceCents), { shouldValidate: true });
  };

  return (
    <div className="flex flex-col gap-4">
      <CatalogResults
        slot={slot}
        items={items}
        chosenId={entry?.id ?? null}
        onChoose={choose}
        autoFocus={autoFocus}
      />
      <form onSubmit={submit} noValidate className="flex flex-col gap-1 border-t border-base-300 pt-3">
        <FormAlert problem={problem} />
        {entry && (
          <p className="flex items-center gap-2 text-sm text-base-content/70">
            <Icon name="check" className="size-4 text-success" />
            <span className="min-w-0 flex-1">Specs from the catalog, checked against the build.</span>
            <button type="button" className="btn btn-ghost btn-xs" onClick={() => setEntry(null)}>
              Unlink
            </button>
          </p>
        )}
        <div className="grid gap-x-3 sm:grid-cols-[1fr_11rem]">
          <TextField
            label="Part name"
            registration={register('name')}
            error={formState.errors.name}
            placeholder="Choose above, or type any name"
          />
          <Controller
            control={control}
            name="cost"
            render={({ field, fieldState }) => (
              <Field label="Expected cost" error={fieldState.error?.message}>
                {(props) => <MoneyInput {...props} {...field} invalid={Boolean(fieldState.error)} />}
              </Field>
            )}
          />
        </div>
        <p className="text-xs text-base-content/60">
          The catalog’s price is for a new part; used ones often go for much less.
        </p>
        <div className="modal-action mt-2">
          <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary">
            Add to the plan
          </BusyButton>
        </div>
      </form>
    </div>
  );
}
