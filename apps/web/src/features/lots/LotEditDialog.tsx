import type { LotWithParts } from '@partwise/shared';
import { BusyButton } from '../../components/BusyButton';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { formatMoney } from '../../lib/format';
import { SourceField } from '../inventory/SourceField';
import { LotWeightsTable } from './LotWeightsTable';
import { formToBody, LotEditForm, lotToForm, previewSplit } from './lot-edit-form';
import { useUpdateLot } from './queries';

/** Edit a lot: its name, price, date, source and notes, and its parts' weights with the new split shown live. */
export function LotEditDialog({
  lot,
  open,
  onClose,
}: {
  lot: LotWithParts;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Modal open={open} title={`Edit “${lot.name}”`} onClose={onClose} width="wider">
      <LotEditBody lot={lot} onClose={onClose} />
    </Modal>
  );
}

function LotEditBody({ lot, onClose }: { lot: LotWithParts; onClose: () => void }) {
  const update = useUpdateLot(lot.id);
  const notify = useToast();
  const { form, field, problem, submit } = useApiForm({
    schema: LotEditForm,
    mode: 'onChange',
    defaultValues: lotToForm(lot),
    serverNames: (name) => (name === 'totalCostCents' ? 'total' : name.replace(/^weights\./, 'parts.')),
    onSubmit: async (values) => {
      const saved = await update.mutateAsync(formToBody(values));
      notify(
        `“${saved.name}” saved: ${formatMoney(saved.totalCostCents)} across ${saved.parts.length} parts`,
      );
      onClose();
    },
  });
  const { register, watch, formState } = form;
  const [total, weights] = watch(['total', 'parts']);
  const split = previewSplit(lot, total, weights);
  const soldAll = lot.parts.length > 0 && lot.parts.every((p) => p.status === 'sold');

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      <div className="grid grid-cols-2 gap-x-4 gap-y-2 lg:grid-cols-4">
        <Field label="Lot name" error={formState.errors.name?.message} className="col-span-2">
          {(c) => (
            <input
              className={`input w-full ${formState.errors.name ? 'input-error' : ''}`}
              autoComplete="off"
              {...c}
              {...register('name')}
            />
          )}
        </Field>
        <MoneyField
          label="Total price"
          {...field('total')}
          hint={soldAll ? 'Every part is sold: their sales hold the price' : undefined}
        />
        <DateField label="Date" {...field('acquiredAt')} />
        <SourceField {...field('source')} className="col-span-2" />
        <Field label="Notes" error={formState.errors.notes?.message} className="col-span-2">
          {(c) => <input className="input w-full" autoComplete="off" {...c} {...register('notes')} />}
        </Field>
      </div>
      <LotWeightsTable lot={lot} register={register} errors={formState.errors.parts} split={split} />
      <div className="modal-action mt-0">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <BusyButton
          busy={formState.isSubmitting}
          type="submit"
          className="btn btn-primary"
          disabled={formState.isSubmitting || (split !== null && !split.ok)}
        >
          Save lot
        </BusyButton>
      </div>
    </form>
  );
}
