import type { ListingDraft } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssistantDraft } from './AssistantDraft';

function serve(status: number, body: unknown) {
  const calls: { url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({ url, body: JSON.parse(String(init.body ?? '{}')) });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

function renderDraft(onDraft = vi.fn(), onUsePrice = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <AssistantDraft
        thing={{ partId: 7 }}
        platform="ebay"
        delivery="shipped"
        onDraft={onDraft}
        onUsePrice={onUsePrice}
      />
    </QueryClientProvider>,
  );
  return onDraft;
}

afterEach(() => vi.unstubAllGlobals());

describe('AssistantDraft', () => {
  it('fills the text with the draft and shows what the server removed', async () => {
    const draft: ListingDraft = {
      title: 'NVIDIA RTX 3080 10GB',
      description: 'Clean card.',
      itemSpecifics: {},
      suggestedPriceCents: null,
      estimatedNetCents: null,
      removedClaims: [{ text: '12GB', reason: 'This figure is not in the record.' }],
      usage: { inputTokens: 10, outputTokens: 5, cached: false },
    };
    const calls = serve(200, draft);
    const onDraft = renderDraft();
    await userEvent.click(screen.getByRole('button', { name: 'Draft with assistant' }));
    expect(await screen.findByText('“12GB”')).toBeTruthy();
    expect(onDraft).toHaveBeenCalledWith({ title: 'NVIDIA RTX 3080 10GB', description: 'Clean card.' });
    expect(calls[0]).toMatchObject({
      url: '/api/v1/ai/listing-drafts',
      body: { partId: 7, platform: 'ebay', delivery: 'shipped' },
    });
    expect(screen.queryByTestId('draft-price')).toBeNull();
  });

  it('shows the suggested price with what the fee leaves of it, and puts it in the price field', async () => {
    serve(200, {
      title: 'NVIDIA RTX 3080 10GB',
      description: 'Clean card.',
      itemSpecifics: {},
      suggestedPriceCents: 35_082,
      estimatedNetCents: 30_271,
      removedClaims: [],
      usage: { inputTokens: 0, outputTokens: 0, cached: true },
    } satisfies ListingDraft);
    const onUsePrice = vi.fn();
    renderDraft(vi.fn(), onUsePrice);
    await userEvent.click(screen.getByRole('button', { name: 'Draft with assistant' }));
    const price = await screen.findByTestId('draft-price');
    expect(price.textContent).toContain('Suggested price $350.82');
    expect(price.textContent).toContain('estimated net after eBay’s fee $302.71');
    await userEvent.click(screen.getByRole('button', { name: 'Use $350.82' }));
    expect(onUsePrice).toHaveBeenCalledWith('350.82');
  });

  it('says plainly when the assistant is not configured', async () => {
    serve(503, { error: { code: 'AI_NOT_CONFIGURED', message: 'The assistant is not configured.' } });
    const onDraft = renderDraft();
    await userEvent.click(screen.getByRole('button', { name: 'Draft with assistant' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not configured');
    expect(onDraft).not.toHaveBeenCalled();
  });
});
