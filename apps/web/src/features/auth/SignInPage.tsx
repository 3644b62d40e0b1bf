import { Link, useSearchParams } from 'react-router';
import { BusyButton } from '../../components/BusyButton';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { lazySchemaResolver, useApiForm } from '../../lib/api-form';
import { AuthLayout } from './AuthLayout';
import { safeNext, useSignIn } from './session';
import { WrongAddress } from './WrongAddress';

/** zod loads once the form checks a field, not before the page shows. */
const signInResolver = lazySchemaResolver(() => import('./auth-schemas').then((schemas) => schemas.SignIn));

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signIn = useSignIn();
  const { form, problem, submit } = useApiForm({
    resolver: signInResolver,
    defaultValues: { email: '', password: '' },
    onSubmit: (body) => signIn.mutateAsync({ body, next }),
  });
  const { register, formState } = form;
  const { errors } = formState;

  return (
    <AuthLayout>
      <div className="card border border-base-300 bg-base-100 shadow-sm">
        <form className="card-body gap-4" onSubmit={submit} noValidate>
          <div>
            <h2 className="text-2xl font-semibold tracking-tight">Welcome back</h2>
            <p className="mt-1 text-sm text-base-content/70">Sign in to your inventory, builds and sales.</p>
          </div>
          <WrongAddress />
          <FormAlert problem={problem} />
          <div>
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
              autoComplete="current-password"
              registration={register('password')}
              error={errors.password}
            />
          </div>
          <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary w-full">
            Sign in
          </BusyButton>
          <p className="text-center text-sm text-base-content/70">
            New to Partwise Forge?{' '}
            <Link
              className="link link-primary font-medium"
              to={`/sign-up${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`}
            >
              Create an account
            </Link>
          </p>
        </form>
      </div>
    </AuthLayout>
  );
}
