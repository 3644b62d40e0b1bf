import { zodResolver } from '@hookform/resolvers/zod';
import { SignUp } from '@partwise/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { TextField } from '../../components/TextField';
import { applyServerErrors } from '../../lib/form-errors';
import { AuthLayout } from './AuthLayout';
import { safeNext, useSignUp } from './session';

export function SignUpPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signUp = useSignUp();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<SignUp>({
    resolver: zodResolver(SignUp),
    mode: 'onTouched',
    defaultValues: { name: '', email: '', password: '' },
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    try {
      await signUp.mutateAsync({ body, next });
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['name', 'email', 'password']));
    }
  });

  return (
    <AuthLayout>
      <div className="card border border-base-300 bg-base-100 shadow-sm">
        <form className="card-body gap-4" onSubmit={onSubmit} noValidate>
          <div>
            <h2 className="text-2xl font-semibold tracking-tight">Create your account</h2>
            <p className="mt-1 text-sm text-base-content/70">
              Free to start. Your spreadsheet can come along later.
            </p>
          </div>
          {formError && (
            <div role="alert" className="alert alert-error alert-soft">
              <Icon name="warning" />
              <span>{formError}</span>
            </div>
          )}
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
          <button type="submit" className="btn btn-primary w-full" disabled={formState.isSubmitting}>
            {formState.isSubmitting && <span className="loading loading-spinner loading-sm" />}
            Create account
          </button>
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
