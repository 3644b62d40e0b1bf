import {
  centsToDecimal,
  DEFAULT_DELIVERY,
  DELIVERY_LABELS,
  Delivery,
  estimateFeesCents,
  PLATFORM_LABELS,
  Platform,
  SaleCreate,
} from '@partwise/shared';
import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { BusyButton } from '../../components/BusyButton';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { SelectField } from '../../components/SelectField';
import { useToast } from '../../components/toast';
import { isApiError } from '../../lib/api';
import { useApiForm } from '../../lib/api-form';
import { formatMoney } from '../../lib/format';
import { checkedCents, inputToCents, MoneyText, RequiredMoneyText } from '../../lib/money-input';
import { useToday } from '../account/time-zone';
import { OverrideReasonField } from '../builds/OverrideReasonField';
import { DeliveryField } from '../fees/DeliveryField';
import { useFeeRate } from '../fees/queries';
import { useCostOfGoods } from './cost';
import { ProfitPreview } from './ProfitPreview';
import { useCreateSale } from './queries';
import type { SoldTarget } from './SoldTarget';

const SoldForm = z.object({
  soldAt: SaleCreate.shape.soldAt.unwrap(),
  price: RequiredMoneyText,
  platform: Platform,
  delivery: Delivery,
  fees: MoneyText,
  shipping: MoneyText,
  buyerNote: z.string().max(2000, 'must be at most 2000 characters'),
  overrideReason: z.string().max(1000, 'must be at most 1000 characters'),
});

export function MarkSoldDialog({ target, onClose }: { target: SoldTarget | null; onClose: () => void }) {
  return (
    <Modal open={target !== null} title={target ? `Mark “${target.itemName}” as sold` : ''} onClose={onClose}>
      {target && <SoldFormBody target={target} onClose={onClose} />}
    </Modal>
  );
}

function SoldFormBody({ target, onClose }: { target: SoldTarget; onClose: () => void }) {
  const create = useCreateSale();
  // Problems the server named that the page did not know of (a build listed before it changed).
  const [refusal, setRefusal] = useState<string | null>(null);
  const problems = target.problems?.length ? target.problems : refusal ? [refusal] : [];
  const notify = useToast();
  const cogs = useCostOfGoods(target);
  const today = useToday();
  const { form, field, problem, submit } = useApiForm({
    schema: SoldForm,
    mode: 'onChange',
    defaultValues: {
      soldAt: today,
      price: target.priceCents === undefined ? '' : centsToDecimal(target.priceCents),
      platform: target.platform ?? 'local',
      delivery: target.delivery ?? DEFAULT_DELIVERY[target.platform ?? 'local'],
      fees: '',
      shipping: '',
      buyerNote: '',
      overrideReason: '',
    },
    onSubmit: async (values) => {
      const overrideReason = values.overrideReason.trim();
      if (problems.length > 0 && overrideReason === '') {
        form.setError('overrideReason', { type: 'required', message: 'is required' }, { shouldFocus: true });
        return;
      }
      const body: SaleCreate = {
        ...(target.listingId ? { listingId: target.listingId } : {}),
        ...(!target.listingId && target.partId ? { partId: target.partId } : {}),
        ...(!target.listingId && target.buildId ? { buildId: target.buildId } : {}),
        soldAt: values.soldAt,
        priceCents: checkedCents(values.price),
        feesCents: checkedCents(values.fees),
        shippingCents: checkedCents(values.shipping),
        platform: values.platform,
        delivery: values.delivery,
        buyerNote: values.buyerNote.trim() === '' ? null : values.buyerNote.trim(),
        ...(overrideReason ? { overrideReason } : {}),
      };
      const sale = await create.mutateAsync(body).catch((error: unknown) => {
        if (isApiError(error) && error.fields.overrideReason) setRefusal(error.message);
        throw error;
      });
      notify(`Sold “${sale.itemName}”: profit ${formatMoney(sale.profitCents)}`);
      onClose();
    },
  });
  const { register, watch, setValue, formState } = form;
  const errors = formState.errors;
  const [price, platform, delivery, fees, shipping] = watch([
    'price',
    'platform',
    'delivery',
    'fees',
    'shipping',
  ]);
  const rate = useFeeRate(platform, delivery);
  // The delivery follows the platform until the user picks one.
  const deliveryPicked = useRef(target.delivery !== undefined);
  useEffect(() => {
    if (!deliveryPicked.current) setValue('delivery', DEFAULT_DELIVERY[platform]);
  }, [platform, setValue]);
  // Fees follow the preset at the price until the user types their own.
  const feesEdited = useRef(false);
  const priceCents = inputToCents(price);
  const estimate =
    typeof priceCents === 'number' && priceCents >= 0 ? estimateFeesCents(priceCents, rate) : null;
  useEffect(() => {
    if (!feesEdited.current && estimate !== null)
      setValue('fees', centsToDecimal(estimate), { shouldValidate: true });
  }, [estimate, setValue]);

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <div className="grid gap-3 sm:grid-cols-2">
        <DateField label="Sold on" {...field('soldAt')} />
        <SelectField label="Platform" {...field('platform')} choices={PLATFORM_LABELS} />
        <DeliveryField
          className="sm:col-span-2"
          value={delivery}
          onChange={(next) => {
            deliveryPicked.current = true;
            setValue('delivery', next, { shouldDirty: true });
          }}
        />
        <MoneyField label="Price" {...field('price')} />
        <MoneyField
          label="Fees"
          {...field('fees', {
            onChange: () => {
              feesEdited.current = true;
            },
          })}
          hint={
            feesEdited.current
              ? 'Typed by you'
              : `${PLATFORM_LABELS[platform]} preset, ${DELIVERY_LABELS[delivery].toLowerCase()}, at this price`
          }
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
      {problems.length > 0 && (
        <OverrideReasonField
          problems={problems}
          registration={register('overrideReason')}
          error={errors.overrideReason}
        />
      )}
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
        <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary">
          Mark as sold
        </BusyButton>
      </div>
    </form>
  );
}
