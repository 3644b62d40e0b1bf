import { PlannedPage } from '../../components/PlannedPage';

export function InventoryPage() {
  return (
    <PlannedPage
      title="Inventory"
      icon="cube"
      summary="Every part you own, what it cost and where it came from."
      capabilities={[
        'Add a part in seconds, picked from the catalog by typing a few characters',
        'Enter a whole haul at once and split its price across the parts',
        'Search as you type, with filters kept in the URL so a view can be bookmarked',
        'Import your existing spreadsheet',
      ]}
    />
  );
}
