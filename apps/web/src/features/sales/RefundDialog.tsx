import { zodResolver } from '@hookform/resolvers/zod';
import { formatCents, type Sale, SaleRefundCreate } from '@partwise/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { useToast } from '../../components/toast';
import { applyServerErrors } from '../../lib/form-errors';
import { fieldsOf } from '../../lib/form-fields';
import { centsToInput, checkedCents, RequiredMoneyText } from '../../lib/money-input';
import { todayIso } from '../inventory/format';
import { useRefundSale } from './queries';
import { withFormNames } from './server-fields';

const RefundForm = z.object({
  amount: RequiredMoneyText,
  restock: z.boolean(),
  refundedAt: SaleRefundCreate.shape.refundedAt.unwrap(),
  note: z.string().max(2000, 'must be at most 2000 characters'),
});
type RefundForm = z.infer<typeof RefundForm>;

export function RefundDialog({ sale, onClose }: { sale: Sale | null; onClose: () => void }) {
  return (
    <Modal open={sale !== null} title={`Refund “${sale?.itemName ?? ''}”`} onClose={onClose}>
      {sale && <RefundBody sale={sale} onClose={onClose} />}
    </Modal>
  );
}

function RefundBody({ sale, onClose }: { sale: Sale; onClose: () => void }) {
  const refund = useRefundSale(sale.id);
  const notify = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const left = sale.priceCents - sale.refundedCents;
  const form = useForm<RefundForm>({
    resolver: zodResolver(RefundForm),
    mode: 'onChange',
    defaultValues: { amount: centsToInput(left), restock: false, refundedAt: todayIso(), note: '' },
  });
  const { register, formState } = form;
  const field = fieldsOf(form);
  const errors = formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const after = await refund.mutateAsync({
        amountCents: checkedCents(values.amount),
        restock: values.restock,
        refundedAt: values.refundedAt,
        note: values.note.trim() === '' ? null : values.note.trim(),
      });
      notify(`Refund recorded: profit on this sale is now ${formatCents(after.profitCents)}`);
      onClose();
    } catch (error) {
      setFormError(
        applyServerErrors(withFormNames(error, { amountCents: 'amount' }), form.setError, [
          'amount',
          'refundedAt',
          'note',
        ]),
      );
    }
  });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      {formError && (
        <p role="alert" className="alert alert-error alert-soft text-sm">
          {formError}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <MoneyField label="Amount" {...field('amount')} hint={`Up to ${formatCents(left)}`} />
        <DateField label="Refunded on" {...field('refundedAt')} />
      </div>
      {!sale.restocked && (
        <label className="flex items-start gap-3 rounded-box border border-base-300 p-3">
          <input type="checkbox" className="checkbox checkbox-sm mt-0.5" {...register('restock')} />
          <span className="text-sm">
            <span className="font-medium">The item came back</span>
            <span className="block text-base-content/70">
              {sale.buildId
                ? 'The build returns to ready with its parts, at the cost they were sold at; part it out to sell the parts alone.'
                : 'The part returns to your stock at the cost it was sold at, and can be sold again.'}{' '}
              Its cost of goods ({formatCents(sale.cogsCents)}) comes back off this sale.
            </span>
          </span>
        </label>
      )}
      <Field label="Note" error={errors.note?.message}>
        {(control) => (
          <input
            className="input w-full"
            placeholder="Why it was refunded"
            {...control}
            {...register('note')}
          />
        )}
      </Field>
      <p className="text-xs text-base-content/60">
        Platform fees are not given back automatically: if the platform refunded them, correct the fees on the
        sale.
      </p>
      <div className="modal-action mt-1">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-warning" disabled={formState.isSubmitting}>
          Record refund
        </button>
      </div>
    </form>
  );
}
