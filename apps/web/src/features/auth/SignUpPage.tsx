import { Link, useSearchParams } from 'react-router';
import { BusyButton } from '../../components/BusyButton';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { lazySchemaResolver, useApiForm } from '../../lib/api-form';
import { browserTimeZone } from '../account/time-zone';
import { AuthLayout } from './AuthLayout';
import { safeNext, useSignUp } from './session';
import { WrongAddress } from './WrongAddress';

/** zod loads once the form checks a field, not before the page shows. */
const signUpResolver = lazySchemaResolver(() => import('./auth-schemas').then((schemas) => schemas.SignUp));

export function SignUpPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signUp = useSignUp();
  const { form, problem, submit } = useApiForm({
    resolver: signUpResolver,
    defaultValues: { name: '', email: '', password: '' },
    // The account starts in the browser's time zone; it can be changed on the Account page.
    onSubmit: (body) => signUp.mutateAsync({ body: { ...body, timezone: browserTimeZone() }, next }),
  });
  const { register, formState } = form;
  const { errors } = formState;

  return (
    <AuthLayout>
      <div className="card border border-base-300 bg-base-100 shadow-sm">
        <form className="card-body gap-4" onSubmit={submit} noValidate>
          <div>
            <h2 className="text-2xl font-semibold tracking-tight">Create your account</h2>
            <p className="mt-1 text-sm text-base-content/70">
              Free to start. Your spreadsheet can come along later.
            </p>
          </div>
          <WrongAddress />
          <FormAlert problem={problem} />
          <div>
            <TextField label="Name" autoComplete="name" registration={register('name')} error={errors.name} />
            <TextField
              label="Email"
              type="email"
              autoComplete="email"
              registration={register('email')}
              error={errors.email}
            />
            <TextField
              label="Password"
              type="password"
              autoComplete="new-password"
              hint="At least 8 characters."
              registration={register('password')}
              error={errors.password}
            />
          </div>
          <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary w-full">
            Create account
          </BusyButton>
          <p className="text-center text-sm text-base-content/70">
            Already have an account?{' '}
            <Link className="link link-primary font-medium" to="/sign-in">
              Sign in
            </Link>
          </p>
        </form>
      </div>
    </AuthLayout>
  );
}
