import type { Me } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountQueries } from '../auth/queries';
import { AnalyticsControls } from './AnalyticsControls';
import { useAnalyticsView } from './view';

function Probe() {
  const view = useAnalyticsView();
  return (
    <>
      <AnalyticsControls view={view} />
      <output data-testid="view">{`${view.range.from}..${view.range.to} by ${view.granularity}`}</output>
    </>
  );
}

function renderAt(url: string) {
  const client = new QueryClient();
  const me: Me = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'user', timezone: 'UTC' };
  client.setQueryData(accountQueries.me().queryKey, me);
  const router = createMemoryRouter([{ path: '/analytics', element: <Probe /> }], { initialEntries: [url] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const shown = () => screen.getByTestId('view').textContent;

describe('analytics range and granularity', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z'), toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('starts on this month by day, and a preset picks its own granularity, kept in the URL', async () => {
    const router = renderAt('/analytics');
    expect(shown()).toBe('2026-11-01..2026-11-30 by day');
    await userEvent.selectOptions(screen.getByLabelText('Period'), 'last-year');
    expect(shown()).toBe('2025-01-01..2025-12-31 by month');
    expect(router.state.location.search).toBe('?range=last-year');
    await userEvent.click(screen.getByLabelText('Week'));
    expect(shown()).toBe('2025-01-01..2025-12-31 by week');
    expect(router.state.location.search).toBe('?range=last-year&g=week');
  });

  it('starts a custom range from the one shown and says why unusable dates are not applied', async () => {
    renderAt('/analytics?range=last-30-days');
    expect(shown()).toBe('2026-11-01..2026-11-30 by day');
    await userEvent.selectOptions(screen.getByLabelText('Period'), 'custom');
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-01');
    expect(shown()).toBe('2026-11-01..2026-11-30 by day');
  });

  it('keeps this month while the custom dates are reversed, and says so', () => {
    renderAt('/analytics?range=custom&from=2026-12-01&to=2026-01-01');
    expect(screen.getByText(/The first date is after the last/)).toBeInTheDocument();
    expect(shown()).toBe('2026-11-01..2026-11-30 by day');
  });

  it('offers no days for a range longer than five years', () => {
    renderAt('/analytics?range=custom&from=2010-01-01&to=2026-11-30&g=day');
    expect(shown()).toBe('2010-01-01..2026-11-30 by year');
    expect(screen.queryByLabelText('Day')).toBeNull();
  });
});
