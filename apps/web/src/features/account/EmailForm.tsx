import { EmailChange } from '@partwise/shared';
import { BusyButton } from '../../components/BusyButton';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { useChangeEmail } from './queries';

/** A new sign-in email, confirmed with the password; an email another account uses is refused. */
export function ChangeEmailForm({ email }: { email: string }) {
  const change = useChangeEmail();
  const notify = useToast();
  const { form, problem, submit } = useApiForm({
    schema: EmailChange,
    defaultValues: { email: '', password: '' },
    onSubmit: async (body) => {
      const me = await change.mutateAsync(body);
      form.reset({ email: '', password: '' });
      notify(`You now sign in as ${me.email}`);
    },
  });
  const { register, formState } = form;
  const { errors } = formState;

  return (
    <form className="flex flex-col gap-2" onSubmit={submit} noValidate aria-labelledby="email-title">
      <h3 id="email-title" className="font-semibold">
        Email
      </h3>
      <p className="grow-0 text-sm text-base-content/70">
        You sign in as <span className="font-medium break-all text-base-content">{email}</span>.
      </p>
      <FormAlert problem={problem} />
      <TextField
        label="New email"
        type="email"
        autoComplete="email"
        registration={register('email')}
        error={errors.email}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        hint="Your current password, to confirm it is you."
        registration={register('password')}
        error={errors.password}
      />
      <div className="mt-auto flex justify-end pt-2">
        <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary">
          Change email
        </BusyButton>
      </div>
    </form>
  );
}
