import { PlannedPage } from '../../components/PlannedPage';

export function AssistantPage() {
  return (
    <PlannedPage
      title="AI assistant"
      icon="sparkles"
      summary="Ask about your parts, builds and sales in plain words."
      capabilities={[
        'Ask which parts to use for a build within a budget',
        'Draft listing text from a build',
        'Get answers drawn from your own numbers, with progress you can leave and come back to',
      ]}
    />
  );
}
