import { PlannedPage } from '../../components/PlannedPage';

export function ListingsPage() {
  return (
    <PlannedPage
      title="Listings"
      icon="tag"
      summary="Listing text ready to paste, per platform."
      capabilities={[
        'Generate a listing for Facebook Marketplace, eBay, Craigslist or r/hardwareswap',
        'Copy it with one click',
        'See the estimated net after platform fees at your asking price',
      ]}
    />
  );
}
