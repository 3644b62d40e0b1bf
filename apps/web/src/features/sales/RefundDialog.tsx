import { centsToDecimal, type Sale, SaleRefundCreate } from '@partwise/shared';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { BusyButton } from '../../components/BusyButton';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { formatDay, formatMoney } from '../../lib/format';
import { checkedCents, RequiredMoneyText } from '../../lib/money-input';
import { useToday } from '../account/time-zone';
import { useRefundSale } from './queries';

/** Whether the goods came back is always asked: a restock moves inventory, so it is never a hidden default. */
const RefundForm = z.object({
  amount: RequiredMoneyText,
  goods: z.enum(['back', 'kept'], { error: 'Say whether the item came back' }),
  refundedAt: SaleRefundCreate.shape.refundedAt.unwrap(),
  note: z.string().max(2000, 'must be at most 2000 characters'),
});
type RefundValues = z.output<typeof RefundForm>;

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
  // Filled once the form is valid: the dialog then asks to confirm what will happen.
  const [confirming, setConfirming] = useState<RefundValues | null>(null);
  const { form, field, problem, submit } = useApiForm({
    schema: RefundForm,
    mode: 'onChange',
    defaultValues: {
      amount: centsToDecimal(left),
      // A sale already restocked cannot bring its goods back twice: only money is left to refund.
      ...(sale.restocked ? { goods: 'kept' as const } : {}),
      refundedAt: today,
      note: '',
    },
    onSubmit: async (values) => {
      if (confirming === null) {
        setConfirming(values);
        return;
      }
      let after: Sale;
      try {
        after = await refund.mutateAsync({
          amountCents: checkedCents(values.amount),
          restock: values.goods === 'back',
          refundedAt: values.refundedAt,
          note: values.note.trim() === '' ? null : values.note.trim(),
        });
      } catch (error) {
        // Back to the fields, where the server's errors are shown.
        setConfirming(null);
        throw error;
      }
      notify(`Refund recorded: profit on this sale is now ${formatMoney(after.profitCents)}`);
      onClose();
    },
  });
  const { register, formState, control, setFocus } = form;
  const errors = formState.errors;
  const serverRefused = !confirming && errors.amount?.type === 'server';
  useEffect(() => {
    if (serverRefused) setFocus('amount');
  }, [serverRefused, setFocus]);

  if (confirming) {
    const amountCents = checkedCents(confirming.amount);
    const back = confirming.goods === 'back';
    const profitAfter = sale.profitCents - amountCents + (back ? sale.cogsCents : 0);
    return (
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <FormAlert problem={problem} />
        <p>
          Refund <strong>{formatMoney(amountCents)}</strong> on {formatDay(confirming.refundedAt)}?
        </p>
        <ul className="list-disc pl-5 text-sm text-base-content/80">
          <li>
            {back
              ? sale.buildId
                ? 'The build comes back to your builds as ready, with its parts, at the cost they were sold at.'
                : 'The part comes back to your stock at the cost it was sold at.'
              : 'The buyer keeps the item: nothing comes back to your inventory.'}
          </li>
          <li>
            Profit on this sale becomes <strong>{formatMoney(profitAfter)}</strong>.
          </li>
        </ul>
        <div className="modal-action mt-1">
          <button type="button" className="btn btn-ghost" onClick={() => setConfirming(null)}>
            Back
          </button>
          <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-warning">
            Confirm refund
          </BusyButton>
        </div>
      </form>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <div className="grid gap-3 sm:grid-cols-2">
        <MoneyField label="Amount" {...field('amount')} hint={`Up to ${formatMoney(left)}`} />
        <DateField label="Refunded on" {...field('refundedAt')} />
      </div>
      {!sale.restocked && (
        <Controller
          control={control}
          name="goods"
          render={({ field: goods }) => (
            <fieldset className="fieldset py-0">
              <legend className="fieldset-legend pb-1 text-sm">Did the item come back?</legend>
              {(
                [
                  {
                    value: 'back',
                    label: 'Yes, it came back',
                    hint: sale.buildId
                      ? 'The build returns to ready with its parts, at the cost they were sold at; part it out to sell the parts alone.'
                      : 'The part returns to your stock at the cost it was sold at, and can be sold again.',
                  },
                  { value: 'kept', label: 'No, the buyer kept it', hint: 'Only money goes back.' },
                ] as const
              ).map((choice) => (
                <label
                  key={choice.value}
                  className="flex items-start gap-3 rounded-box border border-base-300 p-3 has-[:checked]:border-primary"
                >
                  <input
                    type="radio"
                    className="radio radio-sm mt-0.5"
                    name={goods.name}
                    value={choice.value}
                    checked={goods.value === choice.value}
                    onChange={() => goods.onChange(choice.value)}
                    onBlur={goods.onBlur}
                  />
                  <span className="text-sm">
                    <span className="font-medium">{choice.label}</span>
                    <span className="block text-base-content/70">{choice.hint}</span>
                  </span>
                </label>
              ))}
              {errors.goods && (
                <p className="label text-error text-xs" role="alert">
                  {errors.goods.message}
                </p>
              )}
            </fieldset>
          )}
        />
      )}
      <Field label="Note" error={errors.note?.message}>
        {(noteControl) => (
          <input
            className="input w-full"
            placeholder="Why it was refunded"
            {...noteControl}
            {...register('note')}
          />
        )}
      </Field>
      <p className="text-xs text-base-content/60">
        Platform fees are not given back automatically: if the platform refunded them, correct the fees on the
        sale. A sale recorded by mistake is voided, not refunded.
      </p>
      <div className="modal-action mt-1">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-warning">
          Review refund
        </button>
      </div>
    </form>
  );
}
