import { centsToDecimal, type Sale, SaleRefundCreate } from '@partwise/shared';
import { z } from 'zod';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { formatMoney } from '../../lib/format';
import { checkedCents, RequiredMoneyText } from '../../lib/money-input';
import { useToday } from '../account/time-zone';
import { useRefundSale } from './queries';

const RefundForm = z.object({
  amount: RequiredMoneyText,
  restock: z.boolean(),
  refundedAt: SaleRefundCreate.shape.refundedAt.unwrap(),
  note: z.string().max(2000, 'must be at most 2000 characters'),
});

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
  const today = useToday();
  const left = sale.priceCents - sale.refundedCents;
  const { form, field, problem, submit } = useApiForm({
    schema: RefundForm,
    mode: 'onChange',
    defaultValues: { amount: centsToDecimal(left), restock: false, refundedAt: today, note: '' },
    onSubmit: async (values) => {
      const after = await refund.mutateAsync({
        amountCents: checkedCents(values.amount),
        restock: values.restock,
        refundedAt: values.refundedAt,
        note: values.note.trim() === '' ? null : values.note.trim(),
      });
      notify(`Refund recorded: profit on this sale is now ${formatMoney(after.profitCents)}`);
      onClose();
    },
  });
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <div className="grid gap-3 sm:grid-cols-2">
        <MoneyField label="Amount" {...field('amount')} hint={`Up to ${formatMoney(left)}`} />
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
              Its cost of goods ({formatMoney(sale.cogsCents)}) comes back off this sale.
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
