import { PlannedPage } from '../../components/PlannedPage';

export function SalesPage() {
  return (
    <PlannedPage
      title="Sales"
      icon="dollar"
      summary="Everything you sold and what it really earned."
      capabilities={[
        'Mark a build or part as sold from wherever it is shown',
        'Fees filled in from the platform preset',
        'Profit shown the moment a sale is saved',
      ]}
    />
  );
}
