import { PlannedPage } from '../../components/PlannedPage';

export function BillingPage() {
  return (
    <PlannedPage
      title="Billing"
      icon="card"
      summary="Your plan, invoices and payment method."
      capabilities={[
        'See your current plan and what it includes',
        'Upgrade, downgrade or cancel at any time',
        'Download past invoices',
      ]}
    />
  );
}
