import {
  centsToDecimal,
  DEFAULT_DELIVERY,
  Delivery,
  type Listing,
  ListingCreate,
  PLATFORM_LABELS,
  type Platform,
} from '@partwise/shared';
import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { SelectField } from '../../components/SelectField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { checkedCents, inputToCents, RequiredMoneyText } from '../../lib/money-input';
import { DeliveryField } from '../fees/DeliveryField';
import { useFeeRate } from '../fees/queries';
import { AssistantDraft } from './AssistantDraft';
import { draftFor, useListingSources } from './draft-text';
import { ListingPreview } from './ListingPreview';
import { ListingTextFields } from './ListingTextFields';
import { useSaveListing } from './queries';
import { SuggestedPrice } from './SuggestedPrice';

/** A new listing of a part or a build, or an existing listing to edit. */
export type EditorTarget =
  | { listing: Listing }
  | { partId?: number; buildId?: number; itemName: string; priceCents?: number | null; platform?: Platform };

const { shape } = ListingCreate;
const ListingForm = z.object({
  platform: shape.platform,
  delivery: Delivery,
  title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  description: z.string().max(20_000, 'must be at most 20000 characters'),
  price: RequiredMoneyText,
  url: z
    .string()
    .refine((s) => s.trim() === '' || shape.url.safeParse(s.trim()).success, 'must be a web address'),
});
export type ListingForm = z.infer<typeof ListingForm>;

export function ListingEditor({ target, onClose }: { target: EditorTarget | null; onClose: () => void }) {
  const title = target && 'listing' in target ? 'Edit listing' : `List “${target?.itemName ?? ''}”`;
  return (
    <Modal open={target !== null} title={title} onClose={onClose} width="wider">
      {target && <EditorBody target={target} onClose={onClose} />}
    </Modal>
  );
}

function defaultsOf(target: EditorTarget): ListingForm {
  if ('listing' in target) {
    const l = target.listing;
    return {
      platform: l.platform,
      delivery: l.delivery,
      title: l.title,
      description: l.description,
      price: centsToDecimal(l.priceCents),
      url: l.url ?? '',
    };
  }
  const price = target.priceCents;
  const platform = target.platform ?? 'ebay';
  return {
    platform,
    delivery: DEFAULT_DELIVERY[platform],
    title: '',
    description: '',
    price: price === null || price === undefined ? '' : centsToDecimal(price),
    url: '',
  };
}

const thingOf = (target: EditorTarget) =>
  'listing' in target
    ? { partId: target.listing.partId ?? undefined, buildId: target.listing.buildId ?? undefined }
    : { partId: target.partId, buildId: target.buildId };

function EditorBody({ target, onClose }: { target: EditorTarget; onClose: () => void }) {
  const existing = 'listing' in target ? target.listing : null;
  const save = useSaveListing(existing?.id ?? null);
  const notify = useToast();
  const sources = useListingSources(thingOf(target));
  const { form, field, problem, submit } = useApiForm({
    schema: ListingForm,
    mode: 'onChange',
    defaultValues: defaultsOf(target),
    onSubmit: async (values) => {
      const fields = {
        platform: values.platform,
        delivery: values.delivery,
        title: values.title.trim(),
        description: values.description.trim(),
        priceCents: checkedCents(values.price),
        url: values.url.trim() === '' ? null : values.url.trim(),
      };
      const thing =
        'listing' in target ? {} : target.partId ? { partId: target.partId } : { buildId: target.buildId };
      await save.mutateAsync({ ...thing, ...fields });
      notify(existing ? 'Listing saved' : `Draft listing on ${PLATFORM_LABELS[values.platform]} saved`);
      onClose();
    },
  });
  const { watch, setValue, formState } = form;
  const [platform, delivery, title, description, price] = watch([
    'platform',
    'delivery',
    'title',
    'description',
    'price',
  ]);
  // The text follows the platform until the user types their own; so does the delivery.
  const typed = useRef({ text: existing !== null, delivery: existing !== null });
  const [origin, setOrigin] = useState<string | null>(null);
  const write = (fromRecord: boolean) => {
    const draft = draftFor(platform, sources.subject, sources.previous, fromRecord);
    if (!draft) return;
    setValue('title', draft.title, { shouldValidate: true, shouldDirty: true });
    setValue('description', draft.description, { shouldValidate: true, shouldDirty: true });
    setOrigin(draft.origin);
    typed.current.text = false;
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: written again only when its sources or the platform change
  useEffect(() => {
    if (sources.ready && !typed.current.text) write(false);
  }, [sources.ready, platform]);
  useEffect(() => {
    if (!typed.current.delivery) setValue('delivery', DEFAULT_DELIVERY[platform]);
  }, [platform, setValue]);
  const rate = useFeeRate(platform, delivery);
  const priceCents = inputToCents(price);

  return (
    <form onSubmit={submit} noValidate className="grid gap-5 md:grid-cols-[minmax(0,1fr)_17rem]">
      <div className="flex flex-col gap-3">
        <FormAlert problem={problem} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField label="Platform" {...field('platform')} choices={PLATFORM_LABELS} />
          <MoneyField label="Price" {...field('price')} />
        </div>
        <SuggestedPrice
          thing={thingOf(target)}
          platform={platform}
          delivery={delivery}
          rate={rate}
          onUse={(text) => setValue('price', text, { shouldValidate: true, shouldDirty: true })}
        />
        <DeliveryField
          value={delivery}
          onChange={(next) => {
            typed.current.delivery = true;
            setValue('delivery', next, { shouldDirty: true });
          }}
          hint="Local pickup paid in person costs no fee on Marketplace, Craigslist and OfferUp"
        />
        <ListingTextFields
          form={form}
          origin={origin}
          canWrite={sources.subject !== null}
          onTyped={() => {
            typed.current.text = true;
          }}
          onWrite={() => write(true)}
        />
        {sources.subject !== null && (
          <AssistantDraft
            thing={thingOf(target)}
            platform={platform}
            delivery={delivery}
            onUsePrice={(text) => setValue('price', text, { shouldValidate: true, shouldDirty: true })}
            onDraft={(draft) => {
              setValue('title', draft.title, { shouldValidate: true, shouldDirty: true });
              setValue('description', draft.description, { shouldValidate: true, shouldDirty: true });
              setOrigin('Written by the assistant from your record; check it before saving');
              typed.current.text = true;
            }}
          />
        )}
      </div>
      <ListingPreview
        platform={platform}
        title={title}
        description={description}
        priceCents={typeof priceCents === 'number' && priceCents >= 0 ? priceCents : null}
        rate={rate}
      />
      <div className="modal-action mt-0 md:col-span-2">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting && <span className="loading loading-spinner loading-sm" />}
          {existing ? 'Save listing' : 'Save draft'}
        </button>
      </div>
    </form>
  );
}
