import type { UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import type { ListingForm } from './ListingEditor';

/** Title, description and link of a listing, with "Write it from the record" and where the words came from. */
export function ListingTextFields({
  form,
  origin,
  canWrite,
  onTyped,
  onWrite,
}: {
  form: UseFormReturn<ListingForm>;
  origin: string | null;
  canWrite: boolean;
  onTyped: () => void;
  onWrite: () => void;
}) {
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <>
      <Field label="Title" error={errors.title?.message}>
        {(control) => (
          <input
            className={`input w-full ${errors.title ? 'input-error' : ''}`}
            {...control}
            {...register('title', { onChange: onTyped })}
          />
        )}
      </Field>
      <Field
        label="Description"
        error={errors.description?.message}
        hint={origin ?? 'Condition, what is included, how it was tested'}
      >
        {(control) => (
          <textarea
            rows={7}
            className="textarea w-full"
            {...control}
            {...register('description', { onChange: onTyped })}
          />
        )}
      </Field>
      {canWrite && (
        <button type="button" className="btn btn-sm btn-ghost self-start" onClick={onWrite}>
          <Icon name="document" className="size-4" />
          Write it from the record
        </button>
      )}
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
    </>
  );
}
