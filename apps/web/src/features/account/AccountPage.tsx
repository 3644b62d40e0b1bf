import { PageHeader } from '../../components/states';
import { useCurrentUser } from '../auth/queries';
import { FeePresetsSection } from '../fees/FeePresetsSection';
import { MileageRatesSection } from '../mileage/MileageRatesSection';
import { ProfileSection } from './ProfileSection';
import { TokensSection } from './TokensSection';

export function AccountPage() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title="Account"
        description="Your profile, your platform fees, your mileage rate and the keys that let scripts use your data."
      />
      <ProfileSection me={me} />
      <FeePresetsSection />
      <MileageRatesSection />
      <TokensSection />
    </>
  );
}
