import { zodResolver } from '@hookform/resolvers/zod';
import { estimateFeesCents, formatCents, PLATFORM_LABELS, Platform, SaleCreate } from '@partwise/shared';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { SelectField } from '../../components/SelectField';
import { useToast } from '../../components/toast';
import { applyServerErrors } from '../../lib/form-errors';
import { fieldsOf } from '../../lib/form-fields';
import {
  centsToInput,
  checkedCents,
  inputToCents,
  MoneyText,
  RequiredMoneyText,
} from '../../lib/money-input';
import { todayIso } from '../inventory/format';
import { useFeeRate } from '../listings/queries';
import { useCostOfGoods } from './cost';
import { ProfitPreview } from './ProfitPreview';
import { useCreateSale } from './queries';
import type { SoldTarget } from './SoldTarget';
import { withFormNames } from './server-fields';

const SoldForm = z.object({
  soldAt: SaleCreate.shape.soldAt.unwrap(),
  price: RequiredMoneyText,
  platform: Platform,
  fees: MoneyText,
  shipping: MoneyText,
  buyerNote: z.string().max(2000, 'must be at most 2000 characters'),
});
type SoldForm = z.infer<typeof SoldForm>;
const FIELDS = ['soldAt', 'price', 'platform', 'fees', 'shipping', 'buyerNote'] as const;
const SERVER_FIELD: Record<string, string> = {
  priceCents: 'price',
  feesCents: 'fees',
  shippingCents: 'shipping',
};

export function MarkSoldDialog({ target, onClose }: { target: SoldTarget | null; onClose: () => void }) {
  return (
    <Modal open={target !== null} title={target ? `Mark “${target.itemName}” as sold` : ''} onClose={onClose}>
      {target && <SoldFormBody target={target} onClose={onClose} />}
    </Modal>
  );
}

function SoldFormBody({ target, onClose }: { target: SoldTarget; onClose: () => void }) {
  const create = useCreateSale();
  const notify = useToast();
  const cogs = useCostOfGoods(target);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SoldForm>({
    resolver: zodResolver(SoldForm),
    mode: 'onChange',
    defaultValues: {
      soldAt: todayIso(),
      price: target.priceCents === undefined ? '' : centsToInput(target.priceCents),
      platform: target.platform ?? 'local',
      fees: '',
      shipping: '',
      buyerNote: '',
    },
  });
  const { register, watch, setValue, formState } = form;
  const field = fieldsOf(form);
  const errors = formState.errors;
  const [price, platform, fees, shipping] = watch(['price', 'platform', 'fees', 'shipping']);
  const rate = useFeeRate(platform);
  // Fees follow the preset at the price until the user types their own.
  const feesEdited = useRef(false);
  const priceCents = inputToCents(price);
  const estimate =
    typeof priceCents === 'number' && priceCents >= 0 ? estimateFeesCents(priceCents, rate) : null;
  useEffect(() => {
    if (!feesEdited.current && estimate !== null)
      setValue('fees', centsToInput(estimate), { shouldValidate: true });
  }, [estimate, setValue]);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const body: SaleCreate = {
      ...(target.listingId ? { listingId: target.listingId } : {}),
      ...(!target.listingId && target.partId ? { partId: target.partId } : {}),
      ...(!target.listingId && target.buildId ? { buildId: target.buildId } : {}),
      soldAt: values.soldAt,
      priceCents: checkedCents(values.price),
      feesCents: checkedCents(values.fees),
      shippingCents: checkedCents(values.shipping),
      platform: values.platform,
      buyerNote: values.buyerNote.trim() === '' ? null : values.buyerNote.trim(),
    };
    try {
      const sale = await create.mutateAsync(body);
      notify(`Sold “${sale.itemName}”: profit ${formatCents(sale.profitCents)}`);
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(withFormNames(error, SERVER_FIELD), form.setError, FIELDS));
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
        <DateField label="Sold on" {...field('soldAt')} />
        <SelectField label="Platform" {...field('platform')} choices={PLATFORM_LABELS} />
        <MoneyField label="Price" {...field('price')} />
        <MoneyField
          label="Fees"
          {...field('fees', {
            onChange: () => {
              feesEdited.current = true;
            },
          })}
          hint={feesEdited.current ? 'Typed by you' : `${PLATFORM_LABELS[platform]} preset at this price`}
        />
        <MoneyField label="Shipping" {...field('shipping')} hint="What you paid to ship it" />
        <Field label="Buyer note" error={errors.buyerNote?.message}>
          {(control) => (
            <input
              className="input w-full"
              placeholder="Name, handle, tracking…"
              {...control}
              {...register('buyerNote')}
            />
          )}
        </Field>
      </div>
      <ProfitPreview
        priceCents={inputToCents(price) ?? null}
        feesCents={inputToCents(fees) ?? null}
        shippingCents={inputToCents(shipping) ?? 0}
        cogsCents={cogs}
      />
      <div className="modal-action mt-1">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting && <span className="loading loading-spinner loading-sm" />}
          Mark as sold
        </button>
      </div>
    </form>
  );
}
