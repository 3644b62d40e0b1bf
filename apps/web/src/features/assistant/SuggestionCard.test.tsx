import type { ChatSuggestion } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { SuggestionCard } from './SuggestionCard';

const addPart: ChatSuggestion = {
  id: 7,
  kind: 'add_part_to_build',
  status: 'pending',
  summary: 'Add “RTX 3070” to “Budget rig”',
  change: {
    kind: 'add_part_to_build',
    buildId: 3,
    buildName: 'Budget rig',
    partId: 11,
    partName: 'RTX 3070',
    replaces: null,
  },
  createdAt: '2026-03-14T12:00:00.000Z',
  decidedAt: null,
};

/** Answers each request with the next scripted reply and records where it went. */
function serve(...replies: Array<[number, unknown]>) {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      const [status, body] = replies.shift() ?? [200, {}];
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return urls;
}

function renderCard(suggestion: ChatSuggestion) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter>
          <SuggestionCard suggestion={suggestion} />
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return screen.getByRole('article', { name: `Suggestion: ${suggestion.summary}` });
}

afterEach(() => vi.unstubAllGlobals());

describe('a suggestion of the chat', () => {
  it('accepts, then says so and links to the build', async () => {
    const urls = serve([200, { buildId: 3 }]);
    const card = renderCard(addPart);
    expect(card).toHaveTextContent('Waiting for you');
    await userEvent.click(within(card).getByRole('button', { name: 'Accept' }));
    expect(await within(card).findByRole('link', { name: 'Open “Budget rig”' })).toHaveAttribute(
      'href',
      '/builds/3',
    );
    expect(card).toHaveTextContent('Accepted');
    expect(within(card).queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(urls[0]).toBe('/api/v1/ai/suggestions/7/accept');
  });

  it('says plainly why it was not applied, and can still be rejected', async () => {
    serve(
      [409, { error: { code: 'CONFLICT', message: '“RTX 3070” is not in stock (sold).' } }],
      [200, { id: 7, status: 'rejected' }],
    );
    const card = renderCard(addPart);
    await userEvent.click(within(card).getByRole('button', { name: 'Accept' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'Not applied: “RTX 3070” is not in stock (sold).',
    );
    await userEvent.click(within(card).getByRole('button', { name: 'Reject' }));
    expect(await within(card).findByText('Rejected: nothing changed.')).toBeInTheDocument();
  });

  it('shows a new price as money, old and new', () => {
    const card = renderCard({
      ...addPart,
      kind: 'reprice_listing',
      summary: 'Change the price of “RTX 3070 FE” from $300.00 to $270.00',
      change: {
        kind: 'reprice_listing',
        listingId: 4,
        title: 'RTX 3070 FE',
        fromCents: 30_000,
        toCents: 27_000,
      },
      status: 'expired',
    });
    expect(card).toHaveTextContent('New price for RTX 3070 FE: from $300.00 to $270.00');
    expect(card).toHaveTextContent('Expired');
    expect(within(card).queryByRole('button')).toBeNull();
  });
});
