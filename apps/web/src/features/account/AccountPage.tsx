import { PageHeader } from '../../components/states';
import { useCurrentUser } from '../auth/queries';
import { FeePresetsSection } from '../fees/FeePresetsSection';
import { MileageRatesSection } from '../mileage/MileageRatesSection';
import { AccountHistorySection } from './AccountHistorySection';
import { ProfileSection } from './ProfileSection';
import { SessionsSection } from './SessionsSection';
import { SignInSection } from './SignInSection';
import { TokensSection } from './TokensSection';

export function AccountPage() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title="Account"
        description="Your profile, how you sign in and where, your platform fees, your mileage rate and the keys that let scripts use your data."
      />
      <ProfileSection me={me} />
      <SignInSection email={me.email} />
      <SessionsSection />
      <FeePresetsSection />
      <MileageRatesSection />
      <TokensSection />
      <AccountHistorySection />
    </>
  );
}
