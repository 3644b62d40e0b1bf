import {
  centsToDecimal,
  DEFAULT_DELIVERY,
  Delivery,
  PLATFORM_LABELS,
  Platform,
  type SaleDetail,
  SaleUpdate,
} from '@partwise/shared';
import { z } from 'zod';
import { BusyButton } from '../../components/BusyButton';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { SelectField } from '../../components/SelectField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { formatMoney } from '../../lib/format';
import { checkedCents, inputToCents, RequiredMoneyText } from '../../lib/money-input';
import { DeliveryField } from '../fees/DeliveryField';
import { ProfitPreview } from './ProfitPreview';
import { useUpdateSale } from './queries';

const EditForm = z.object({
  soldAt: SaleUpdate.shape.soldAt.unwrap(),
  price: RequiredMoneyText,
  platform: Platform,
  delivery: Delivery,
  fees: RequiredMoneyText,
  shipping: RequiredMoneyText,
  buyerNote: z.string().max(2000, 'must be at most 2000 characters'),
});

export function EditSaleDialog({ sale, onClose }: { sale: SaleDetail | null; onClose: () => void }) {
  return (
    <Modal open={sale !== null} title={`Correct the sale of “${sale?.itemName ?? ''}”`} onClose={onClose}>
      {sale && <EditBody sale={sale} onClose={onClose} />}
    </Modal>
  );
}

function EditBody({ sale, onClose }: { sale: SaleDetail; onClose: () => void }) {
  const update = useUpdateSale(sale.id);
  const notify = useToast();
  const { form, field, problem, submit } = useApiForm({
    schema: EditForm,
    mode: 'onChange',
    defaultValues: {
      soldAt: sale.soldAt,
      price: centsToDecimal(sale.priceCents),
      platform: sale.platform,
      delivery: sale.delivery ?? DEFAULT_DELIVERY[sale.platform],
      fees: centsToDecimal(sale.feesCents),
      shipping: centsToDecimal(sale.shippingCents),
      buyerNote: sale.buyerNote ?? '',
    },
    onSubmit: async (values) => {
      const next = {
        soldAt: values.soldAt,
        priceCents: checkedCents(values.price),
        feesCents: checkedCents(values.fees),
        shippingCents: checkedCents(values.shipping),
        platform: values.platform,
        delivery: values.delivery,
        buyerNote: values.buyerNote.trim() === '' ? null : values.buyerNote.trim(),
      };
      // Only what changed is sent, so the history names only real corrections.
      const body = Object.fromEntries(
        Object.entries(next).filter(([key, value]) => sale[key as keyof typeof next] !== value),
      ) as SaleUpdate;
      if (Object.keys(body).length === 0) {
        onClose();
        return;
      }
      const after = await update.mutateAsync(body);
      notify(`Sale corrected: profit ${formatMoney(after.profitCents)}`);
      onClose();
    },
  });
  const { register, watch, setValue, formState } = form;
  const errors = formState.errors;
  const [price, fees, shipping, delivery] = watch(['price', 'fees', 'shipping', 'delivery']);

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <div className="grid gap-3 sm:grid-cols-2">
        <DateField label="Sold on" {...field('soldAt')} />
        <SelectField label="Platform" {...field('platform')} choices={PLATFORM_LABELS} />
        <DeliveryField
          className="sm:col-span-2"
          value={delivery}
          onChange={(next) => setValue('delivery', next, { shouldDirty: true })}
        />
        <MoneyField label="Price" {...field('price')} />
        <MoneyField label="Fees" {...field('fees')} />
        <MoneyField label="Shipping" {...field('shipping')} hint="What you paid to ship it" />
        <Field label="Buyer note" error={errors.buyerNote?.message}>
          {(control) => <input className="input w-full" {...control} {...register('buyerNote')} />}
        </Field>
      </div>
      {sale.refundedCents === 0 && sale.cogsReturnedCents === 0 && (
        <ProfitPreview
          priceCents={inputToCents(price) ?? null}
          feesCents={inputToCents(fees) ?? null}
          shippingCents={inputToCents(shipping) ?? 0}
          cogsCents={sale.cogsCents}
        />
      )}
      <p className="text-xs text-base-content/60">
        The cost of goods ({formatMoney(sale.cogsCents)}) stays as it was when sold. Every correction is kept
        in the sale’s history.
      </p>
      <div className="modal-action mt-1">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary">
          Save correction
        </BusyButton>
      </div>
    </form>
  );
}
