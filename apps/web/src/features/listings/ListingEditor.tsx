import {
  centsToDecimal,
  type Listing,
  ListingCreate,
  PLATFORM_LABELS,
  type Platform,
} from '@partwise/shared';
import { z } from 'zod';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { SelectField } from '../../components/SelectField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { checkedCents, inputToCents, RequiredMoneyText } from '../../lib/money-input';
import { useFeeRate } from '../fees/queries';
import { ListingPreview } from './ListingPreview';
import { useSaveListing } from './queries';

/** A new listing of a part or a build, or an existing listing to edit. */
export type EditorTarget =
  | { listing: Listing }
  | { partId?: number; buildId?: number; itemName: string; priceCents?: number | null; platform?: Platform };

const { shape } = ListingCreate;
const ListingForm = z.object({
  platform: shape.platform,
  title: shape.title,
  description: z.string().max(20_000, 'must be at most 20000 characters'),
  price: RequiredMoneyText,
  url: z
    .string()
    .refine((s) => s.trim() === '' || shape.url.safeParse(s.trim()).success, 'must be a web address'),
});
type ListingForm = z.infer<typeof ListingForm>;

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
      title: l.title,
      description: l.description,
      price: centsToDecimal(l.priceCents),
      url: l.url ?? '',
    };
  }
  const price = target.priceCents;
  return {
    platform: target.platform ?? 'ebay',
    title: target.itemName.slice(0, 80),
    description: '',
    price: price === null || price === undefined ? '' : centsToDecimal(price),
    url: '',
  };
}

function EditorBody({ target, onClose }: { target: EditorTarget; onClose: () => void }) {
  const existing = 'listing' in target ? target.listing : null;
  const save = useSaveListing(existing?.id ?? null);
  const notify = useToast();
  const { form, field, problem, submit } = useApiForm({
    schema: ListingForm,
    mode: 'onChange',
    defaultValues: defaultsOf(target),
    onSubmit: async (values) => {
      const fields = {
        platform: values.platform,
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
  const { register, watch, formState } = form;
  const errors = formState.errors;
  const [platform, title, description, price] = watch(['platform', 'title', 'description', 'price']);
  const rate = useFeeRate(platform);
  const priceCents = inputToCents(price);

  return (
    <form onSubmit={submit} noValidate className="grid gap-5 md:grid-cols-[minmax(0,1fr)_17rem]">
      <div className="flex flex-col gap-3">
        <FormAlert problem={problem} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField label="Platform" {...field('platform')} choices={PLATFORM_LABELS} />
          <MoneyField label="Price" {...field('price')} />
        </div>
        <Field label="Title" error={errors.title?.message}>
          {(control) => (
            <input
              className={`input w-full ${errors.title ? 'input-error' : ''}`}
              {...control}
              {...register('title')}
            />
          )}
        </Field>
        <Field
          label="Description"
          error={errors.description?.message}
          hint="Condition, what is included, how it was tested"
        >
          {(control) => (
            <textarea rows={6} className="textarea w-full" {...control} {...register('description')} />
          )}
        </Field>
        <Field label="Link" error={errors.url?.message} hint="The listing's web address once it is posted">
          {(control) => (
            <input
              type="url"
              className={`input w-full ${errors.url ? 'input-error' : ''}`}
              placeholder="https://"
              {...control}
              {...register('url')}
            />
          )}
        </Field>
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
