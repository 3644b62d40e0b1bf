import type { BuildOption, BuildSuggestion } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { SuggestBuildDialog } from './SuggestBuildDialog';

const ok = { status: 'ok' as const, complete: true, findings: [] };
const item = (partId: number, name: string, costCents: number) => ({
  partId,
  category: 'cpu' as const,
  name,
  costCents,
  expectedValueCents: costCents + 1_000,
});
const option = (rank: number, extra: Partial<BuildOption> = {}): BuildOption => ({
  rank,
  items: [item(1, 'AMD Ryzen 5 7600X', 10_000)],
  costCents: 10_000,
  purchaseCents: 0,
  expectedValueCents: 11_000,
  expectedProfitCents: 1_000,
  compatibility: ok,
  rationale: null,
  ...extra,
});
const suggestion: BuildSuggestion = {
  id: 42,
  status: 'pending',
  request: { targetPriceCents: 90_000, useCase: 'office' },
  readBy: 'rules',
  options: [
    option(1),
    option(2, {
      items: [
        item(1, 'AMD Ryzen 5 7600X', 10_000),
        {
          catalogPartId: 'case-00001',
          category: 'case',
          name: 'Montech XR',
          costCents: 6_500,
          expectedValueCents: 5_000,
        },
      ],
      purchaseCents: 6_500,
      expectedProfitCents: -500,
    }),
  ],
};

/** Answers each request with the next scripted reply and records what was sent. */
function serve(...replies: Array<[number, unknown]>) {
  const calls: { url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({ url, body: JSON.parse(String(init.body ?? '{}')) });
      const [status, body] = replies.shift() ?? [200, {}];
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

function renderDialog() {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter initialEntries={['/builds']}>
          <Routes>
            <Route path="/builds" element={<SuggestBuildDialog open onClose={() => undefined} />} />
            <Route path="/builds/:id" element={<p>The build page</p>} />
          </Routes>
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('Suggest a build', () => {
  it('sends the words and fields, shows the options side by side, and builds the one chosen', async () => {
    const calls = serve([200, suggestion], [200, { buildId: 5 }]);
    renderDialog();
    await userEvent.type(screen.getByLabelText('What to build'), 'office PC');
    await userEvent.type(screen.getByLabelText('Target price'), '900');
    await userEvent.click(screen.getByRole('button', { name: 'Suggest builds' }));

    expect(await screen.findByText(/Read by fixed rules/)).toHaveTextContent('sell for about $900.00');
    const second = screen.getByRole('article', { name: 'Option 2' });
    expect(within(second).getByText('To buy (1)')).toBeInTheDocument();
    expect(within(second).getByText('-$5.00')).toBeInTheDocument();
    expect(calls[0]).toEqual({
      url: '/api/v1/ai/build-suggestions',
      body: { request: 'office PC', targetPriceCents: 90_000 },
    });

    await userEvent.click(within(second).getByRole('button', { name: 'Build option 2' }));
    expect(await screen.findByText('The build page')).toBeInTheDocument();
    expect(calls[1]).toEqual({ url: '/api/v1/ai/suggestions/42/accept', body: { option: 2 } });
  });

  it('says why an option can no longer be built', async () => {
    serve(
      [200, suggestion],
      [409, { error: { code: 'CONFLICT', message: '“AMD Ryzen 5 7600X” is no longer in stock (sold).' } }],
    );
    renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Suggest builds' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Build option 1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('no longer in stock (sold)');
  });
});
