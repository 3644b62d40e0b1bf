import { PlannedPage } from '../../components/PlannedPage';

export function AnalyticsPage() {
  return (
    <PlannedPage
      title="Analytics"
      icon="chart"
      summary="Know the business: profit, stock and what sells."
      capabilities={[
        'Profit by month, and inventory value at cost',
        'What has sat unsold too long',
        'Which categories and sources make money',
      ]}
    />
  );
}
