import { PlannedPage } from '../../components/PlannedPage';

export function BuildsPage() {
  return (
    <PlannedPage
      title="Builds"
      icon="wrench"
      summary="Plan PCs slot by slot, with the money always in view."
      capabilities={[
        'Fill CPU, board, memory, GPU and other slots, parts in stock first',
        'See compatibility problems explained beside the parts they concern',
        'Track cost so far, still to buy, target price and expected profit',
      ]}
    />
  );
}
