import { ChangeEmailForm } from './EmailForm';
import { ChangePasswordForm } from './PasswordForm';

/** How you sign in: the email and the password, each changed with the current password. */
export function SignInSection({ email }: { email: string }) {
  return (
    <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="sign-in-title">
      <div className="card-body gap-4">
        <h2 id="sign-in-title" className="card-title text-base">
          Sign-in
        </h2>
        <div className="grid gap-8 md:grid-cols-2">
          <ChangeEmailForm email={email} />
          <ChangePasswordForm />
        </div>
      </div>
    </section>
  );
}
