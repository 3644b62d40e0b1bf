import { type Me, MeUpdate } from '@partwise/shared';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { useUpdateMe } from './queries';
import { TimeZoneField } from './TimeZoneField';

const ProfileForm = z.object({
  name: MeUpdate.shape.name.unwrap(),
  timezone: MeUpdate.shape.timezone.unwrap(),
});

/** Who you are: the name and time zone can be changed here; the role is shown (the email is under Sign-in). */
export function ProfileSection({ me }: { me: Me }) {
  const update = useUpdateMe();
  const notify = useToast();
  const { form, problem, submit } = useApiForm({
    schema: ProfileForm,
    defaultValues: { name: me.name, timezone: me.timezone },
    onSubmit: async (values) => {
      const saved = await update.mutateAsync(values);
      form.reset({ name: saved.name, timezone: saved.timezone });
      notify('Profile saved');
    },
  });
  const { register, control, formState } = form;

  return (
    <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="profile-title">
      <form className="card-body gap-3" onSubmit={submit} noValidate>
        <h2 id="profile-title" className="card-title text-base">
          Profile
        </h2>
        <FormAlert problem={problem} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label="Name" error={formState.errors.name?.message}>
            {(c) => (
              <input
                className={`input w-full ${formState.errors.name ? 'input-error' : ''}`}
                autoComplete="name"
                {...c}
                {...register('name')}
              />
            )}
          </Field>
          <Controller
            control={control}
            name="timezone"
            render={({ field, fieldState }) => (
              <TimeZoneField
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        </div>
        <dl className="grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-base-content/60">Role</dt>
            <dd>
              <span className={`badge ${me.role === 'admin' ? 'badge-primary' : 'badge-ghost'}`}>
                {me.role === 'admin' ? 'Administrator' : 'User'}
              </span>
            </dd>
          </div>
        </dl>
        <div className="card-actions justify-end">
          <BusyButton
            busy={formState.isSubmitting}
            type="submit"
            className="btn btn-primary"
            disabled={!formState.isDirty || formState.isSubmitting}
          >
            Save profile
          </BusyButton>
        </div>
      </form>
    </section>
  );
}
