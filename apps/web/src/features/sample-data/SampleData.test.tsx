import type { SampleDataCounts, SampleDataStatus } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { describeCounts } from './counts';
import { SampleDataBanner } from './SampleDataBanner';
import { SampleDataOffer } from './SampleDataOffer';

const NONE: SampleDataCounts = { parts: 0, lots: 0, builds: 0, listings: 0, sales: 0, expenses: 0 };
const SAMPLE: SampleDataCounts = { parts: 12, lots: 1, builds: 1, listings: 2, sales: 9, expenses: 1 };

/** The sample-data API over one account that starts empty or with the sample; every change is recorded. */
function serve(loaded: boolean) {
  const changes: string[] = [];
  const status = (): SampleDataStatus => ({ loaded, canLoad: !loaded, counts: loaded ? SAMPLE : NONE });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      if (method !== 'GET') changes.push(`${method} ${url}`);
      const answer = (code: number, body: unknown) =>
        new Response(JSON.stringify(body), { status: code, headers: { 'content-type': 'application/json' } });
      if (method === 'GET') return answer(200, status());
      if (method === 'DELETE' && !loaded)
        return answer(404, { error: { code: 'NOT_FOUND', message: 'There is no sample data to remove' } });
      loaded = method === 'POST';
      return answer(method === 'POST' ? 201 : 200, { ...status(), counts: SAMPLE });
    }),
  );
  return { changes, removeElsewhere: () => (loaded = false) };
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderAt(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter initialEntries={[path]}>
          <SampleDataBanner />
          <SampleDataOffer />
          <Where />
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('describeCounts', () => {
  it('names each kind the sample holds, in the singular for one, and leaves out what it has none of', () => {
    expect(describeCounts(SAMPLE)).toBe('12 parts, 1 lot, 1 build, 2 listings, 9 sales and 1 expense');
    expect(describeCounts({ ...NONE, parts: 1 })).toBe('1 part');
    expect(describeCounts({ ...NONE, parts: 3, sales: 2 })).toBe('3 parts and 2 sales');
  });
});

describe('sample data', () => {
  it('is offered to an empty account, loads in one click, and then the banner says it is there', async () => {
    const { changes } = serve(false);
    renderAt('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Load sample data' }));
    expect(changes).toEqual(['POST /api/v1/sample-data']);
    expect(await screen.findByText('Sample data loaded: have a look around')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'You are looking at sample data' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load sample data' })).not.toBeInTheDocument();
  });

  it('asks before removing, says what goes, then removes it and returns to the dashboard', async () => {
    const { changes } = serve(true);
    renderAt('/inventory/7');
    expect(screen.queryByRole('button', { name: 'Load sample data' })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove sample data' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the sample data?' });
    expect(dialog).toHaveTextContent('12 parts, 1 lot, 1 build, 2 listings, 9 sales and 1 expense');
    expect(dialog).toHaveTextContent('anything you recorded on its parts and builds');
    expect(changes).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove sample data' }));
    expect(await screen.findByText('Sample data removed')).toBeInTheDocument();
    expect(changes).toEqual(['DELETE /api/v1/sample-data']);
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/$/);
    expect(screen.queryByRole('region', { name: 'You are looking at sample data' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load sample data' })).toBeInTheDocument();
  });

  it('shows the server’s refusal, and what the account holds now', async () => {
    const server = serve(true);
    renderAt('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Remove sample data' }));
    server.removeElsewhere();
    const dialog = screen.getByRole('dialog', { name: 'Remove the sample data?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove sample data' }));
    expect(await screen.findByText('There is no sample data to remove')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'You are looking at sample data' })).not.toBeInTheDocument();
  });
});
