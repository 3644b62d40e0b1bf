import type { PlanList, Subscription } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BillingPage } from './BillingPage';

const plans: PlanList = {
  billingEnabled: true,
  items: [
    { id: 'free', name: 'Free', monthlyTokens: 50_000, priceCents: 0 },
    { id: 'pro', name: 'Pro', monthlyTokens: 1_000_000, priceCents: 1_200 },
    { id: 'business', name: 'Business', monthlyTokens: 5_000_000, priceCents: 4_900 },
  ],
};

const subscription = (over: Partial<Subscription>): Subscription => ({
  plan: 'free',
  status: null,
  currentPeriodEnd: null,
  cancelAtPeriodEnd: false,
  comp: null,
  billingEnabled: true,
  usage: { month: '2026-11', usedTokens: 1_234, limitTokens: 50_000, resetsAt: '2026-12-01T00:00:00.000Z' },
  ...over,
});

/** Answers the two billing reads and records the writes. */
function serve(sub: Subscription) {
  const posted: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if ((init.method ?? 'GET') !== 'GET') posted.push(url);
      const body = url.endsWith('/plans')
        ? { ...plans, billingEnabled: sub.billingEnabled }
        : url.endsWith('/subscription')
          ? sub
          : { url: 'http://127.0.0.1:1/checkout/cs_test_1' };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return posted;
}

function renderAt(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <BillingPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('BillingPage', () => {
  it('shows the plan, the usage against the allowance, and upgrades through checkout', async () => {
    const posted = serve(subscription({}));
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    renderAt('/billing?checkout=cancelled');
    expect(await screen.findByRole('heading', { name: 'Free plan' })).toBeInTheDocument();
    expect(screen.getByTestId('token-usage')).toHaveTextContent('1,234 of 50,000');
    expect(screen.getByText(/Checkout was cancelled/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Upgrade to Pro' }));
    expect(posted).toEqual(['/api/v1/billing/checkout']);
    expect(assign).toHaveBeenCalledWith('http://127.0.0.1:1/checkout/cs_test_1');
  });

  it('warns when a payment failed, and sends a live subscription to the portal to switch plans', async () => {
    const posted = serve(
      subscription({ plan: 'pro', status: 'past_due', currentPeriodEnd: '2026-12-15T00:00:00Z' }),
    );
    vi.stubGlobal('location', { ...window.location, assign: vi.fn() });
    renderAt('/billing');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your last payment failed');
    await userEvent.click(screen.getByRole('button', { name: 'Switch to Business' }));
    expect(posted).toEqual(['/api/v1/billing/portal']);
  });

  it('says billing is off and offers no upgrade', async () => {
    serve(subscription({ billingEnabled: false }));
    renderAt('/billing');
    expect(await screen.findByText(/Billing is not set up on this server/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Upgrade/ })).not.toBeInTheDocument();
  });
});
