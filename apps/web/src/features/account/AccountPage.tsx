import { PageHeader } from '../../components/states';
import { useCurrentUser } from '../auth/queries';
import { FeePresetsSection } from '../fees/FeePresetsSection';
import { TokensSection } from './TokensSection';

export function AccountPage() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title="Account" description="Your profile and the keys that let scripts use your data." />
      <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="profile-title">
        <div className="card-body">
          <h2 id="profile-title" className="card-title text-base">
            Profile
          </h2>
          <dl className="grid gap-4 sm:grid-cols-3">
            <div>
              <dt className="text-sm text-base-content/60">Name</dt>
              <dd className="font-medium break-words">{me.name}</dd>
            </div>
            <div>
              <dt className="text-sm text-base-content/60">Email</dt>
              <dd className="font-medium break-all">{me.email}</dd>
            </div>
            <div>
              <dt className="text-sm text-base-content/60">Role</dt>
              <dd>
                <span className={`badge ${me.role === 'admin' ? 'badge-primary' : 'badge-ghost'}`}>
                  {me.role === 'admin' ? 'Administrator' : 'User'}
                </span>
              </dd>
            </div>
          </dl>
        </div>
      </section>
      <FeePresetsSection />
      <TokensSection />
    </>
  );
}
