import { type SaleDetail, SaleVoid } from '@partwise/shared';
import { BusyButton } from '../../components/BusyButton';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { formatDay, formatMoney } from '../../lib/format';
import { useVoidSale } from './queries';

/** A sale recorded by mistake: asks why, says what will happen, and voids it. */
export function VoidSaleDialog({ sale, onClose }: { sale: SaleDetail | null; onClose: () => void }) {
  return (
    <Modal open={sale !== null} title={`Void the sale of “${sale?.itemName ?? ''}”?`} onClose={onClose}>
      {sale && <VoidBody sale={sale} onClose={onClose} />}
    </Modal>
  );
}

function VoidBody({ sale, onClose }: { sale: SaleDetail; onClose: () => void }) {
  const voiding = useVoidSale(sale.id);
  const notify = useToast();
  const { field, problem, submit, form } = useApiForm({
    schema: SaleVoid,
    defaultValues: { reason: '' },
    onSubmit: async (values) => {
      await voiding.mutateAsync(values);
      notify(`Sale of “${sale.itemName}” voided: it no longer counts anywhere`);
      onClose();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <p className="text-base-content/80">
        For a sale recorded by mistake. The sale of {formatDay(sale.soldAt)} ({formatMoney(sale.priceCents)})
        leaves the ledger, the P&amp;L and every total;{' '}
        {sale.restocked
          ? 'its goods already came back with a refund and stay where they are.'
          : sale.buildId
            ? 'the build and its parts go back to where they were before the sale, and its listings to active or ended as they were.'
            : 'the part goes back to where it was before the sale, and its listings to active or ended as they were.'}{' '}
        The sale stays in your history, marked void. If the buyer really paid and got money back, record a
        refund instead.
      </p>
      <TextField label="Reason" placeholder="Entered twice, wrong item…" {...field('reason')} />
      <div className="modal-action mt-1">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <BusyButton busy={form.formState.isSubmitting} type="submit" className="btn btn-error">
          Void sale
        </BusyButton>
      </div>
    </form>
  );
}
