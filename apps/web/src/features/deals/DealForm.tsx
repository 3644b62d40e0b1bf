import { type DealCheck, PLATFORM_LABELS, Platform } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { MoneyField } from '../../components/MoneyField';
import { SelectField } from '../../components/SelectField';
import { useApiForm } from '../../lib/api-form';
import { inputToCents, MoneyText } from '../../lib/money-input';
import { assistantQueries } from '../assistant/queries';
import { useCheckDeal, useSetDealPreferences } from './queries';

const DealForm = z.object({
  text: z.string().trim().min(1, 'paste the listing’s text').max(5000, 'must be at most 5000 characters'),
  askingPrice: MoneyText,
  platform: Platform,
  targetMargin: z
    .string()
    .regex(/^\d{1,2}$/, 'must be a whole percentage from 0 to 90')
    .refine((s) => Number(s) <= 90, 'must be at most 90'),
  remember: z.boolean(),
  useAssistant: z.boolean(),
});

/** Paste a listing; the answer comes back as a check kept in the history. */
export function DealCheckForm({
  targetMarginPercent,
  onChecked,
}: {
  /** The user's saved target margin: the form starts with it. */
  targetMarginPercent: number;
  onChecked: (deal: DealCheck) => void;
}) {
  const check = useCheckDeal();
  // The choice is offered only when the server has a model; the server decides the rest.
  const assistant = useQuery(assistantQueries.status());
  const offerAssistant = assistant.data?.configured === true;
  const savePreferences = useSetDealPreferences();
  const { form, field, problem, submit } = useApiForm({
    schema: DealForm,
    defaultValues: {
      text: '',
      askingPrice: '',
      platform: 'ebay',
      targetMargin: String(targetMarginPercent),
      remember: false,
      useAssistant: true,
    },
    serverNames: { askingPriceCents: 'askingPrice', targetMarginPercent: 'targetMargin' },
    onSubmit: async (values) => {
      const asking = inputToCents(values.askingPrice);
      if (values.remember) {
        await savePreferences.mutateAsync({ targetMarginPercent: Number(values.targetMargin) });
        form.setValue('remember', false);
      }
      onChecked(
        await check.mutateAsync({
          text: values.text,
          platform: values.platform,
          targetMarginPercent: Number(values.targetMargin),
          ...(offerAssistant ? { useAssistant: values.useAssistant } : {}),
          ...(asking === null || asking === undefined ? {} : { askingPriceCents: asking }),
        }),
      );
    },
  });
  const { register, formState } = form;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <Field
        label="Listing text"
        error={formState.errors.text?.message}
        hint="Title and description as the seller wrote them, with the price."
      >
        {(c) => (
          <textarea
            className={`textarea w-full ${formState.errors.text ? 'textarea-error' : ''}`}
            rows={4}
            placeholder="Gaming PC i7-8700K GTX 1080 16GB RAM 500GB SSD 650W - $450, works great"
            {...c}
            {...register('text')}
          />
        )}
      </Field>
      <div className="grid gap-x-4 gap-y-2 sm:grid-cols-3">
        <MoneyField
          label="Asking price"
          {...field('askingPrice')}
          hint="Leave blank to read it from the text."
        />
        <SelectField label="Resell on" {...field('platform')} choices={PLATFORM_LABELS} />
        <Field
          label="Target margin (%)"
          error={formState.errors.targetMargin?.message}
          hint="Profit ÷ sale price."
        >
          {(c) => <input className="input w-full" inputMode="numeric" {...c} {...register('targetMargin')} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center justify-end gap-3">
        <div className="mr-auto flex flex-col gap-2">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="checkbox checkbox-sm" {...register('remember')} />
            Make this margin my default
          </label>
          {offerAssistant && (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="checkbox checkbox-sm" {...register('useAssistant')} />
              Let the assistant improve the reading (uses your assistant tokens)
            </label>
          )}
        </div>
        <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary">
          Check this deal
        </BusyButton>
      </div>
    </form>
  );
}
