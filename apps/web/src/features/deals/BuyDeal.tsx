import { centsToDecimal, type DealCheck } from '@partwise/shared';
import { z } from 'zod';
import { FormAlert } from '../../components/FormAlert';
import { MoneyField } from '../../components/MoneyField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { checkedCents, RequiredMoneyText } from '../../lib/money-input';
import { useBuyDeal } from './queries';

const BuyForm = z.object({ price: RequiredMoneyText });

/** "Buy it": a lot with the deal's parts, the price paid split by their values. */
export function BuyDeal({ deal }: { deal: DealCheck }) {
  const buy = useBuyDeal(deal.id);
  const notify = useToast();
  const { field, problem, submit, form } = useApiForm({
    schema: BuyForm,
    defaultValues: { price: deal.askingPriceCents === null ? '' : centsToDecimal(deal.askingPriceCents) },
    onSubmit: async (values) => {
      const { lot } = await buy.mutateAsync({ priceCents: checkedCents(values.price) });
      notify(`Bought: lot #${lot.id} with ${lot.parts.length} parts`);
    },
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-wrap items-end gap-3 border-t border-base-300 pt-4"
    >
      <FormAlert problem={problem} className="w-full" />
      <MoneyField label="Price paid" {...field('price')} className="w-40" />
      <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
        Buy it
      </button>
      <p className="w-full text-xs text-base-content/60">
        Makes a lot of these parts, the price split by their estimated values.
      </p>
    </form>
  );
}
