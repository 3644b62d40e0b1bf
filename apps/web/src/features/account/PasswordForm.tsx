import { PasswordChange } from '@partwise/shared';
import { z } from 'zod';
import { BusyButton } from '../../components/BusyButton';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { useChangePassword } from './queries';

/** The request's own rules, and the new password typed twice. */
const PasswordForm = PasswordChange.extend({
  confirmPassword: z.string(),
  revokeOtherSessions: z.boolean(),
}).refine((v) => v.confirmPassword === v.newPassword, {
  path: ['confirmPassword'],
  message: 'must be the same as the new password',
});

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '', revokeOtherSessions: false };

/** A new password, after the current one; other sessions may be signed out at the same time. */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const notify = useToast();
  const { form, problem, submit } = useApiForm({
    schema: PasswordForm,
    defaultValues: EMPTY,
    onSubmit: async ({ confirmPassword: _, ...body }) => {
      await change.mutateAsync(body);
      form.reset(EMPTY);
      notify(
        body.revokeOtherSessions
          ? 'Password changed; your other sessions are signed out'
          : 'Password changed',
      );
    },
  });
  const { register, formState } = form;
  const { errors } = formState;

  return (
    <form className="flex flex-col gap-2" onSubmit={submit} noValidate aria-labelledby="password-title">
      <h3 id="password-title" className="font-semibold">
        Password
      </h3>
      <FormAlert problem={problem} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        registration={register('currentPassword')}
        error={errors.currentPassword}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        registration={register('newPassword')}
        error={errors.newPassword}
      />
      <TextField
        label="New password again"
        type="password"
        autoComplete="new-password"
        registration={register('confirmPassword')}
        error={errors.confirmPassword}
      />
      <label className="flex cursor-pointer items-start gap-2 text-sm">
        <input type="checkbox" className="checkbox checkbox-sm mt-0.5" {...register('revokeOtherSessions')} />
        <span>Sign out my other sessions</span>
      </label>
      <div className="mt-2 flex justify-end">
        <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary">
          Change password
        </BusyButton>
      </div>
    </form>
  );
}
