import type { DealCheck, DealItem } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { DealCheckForm } from './DealForm';
import { DealResult } from './DealResult';

const item = (name: string, origin: DealItem['origin']): DealItem => ({
  category: 'gpu',
  name,
  source: name.toLowerCase(),
  origin,
  catalogPartId: null,
  catalogName: null,
  matchConfidence: 'low',
  specs: {},
  valueCents: 10_000,
  lowCents: 9_000,
  highCents: 11_000,
  valueConfidence: 'low',
  basis: 'reference',
});

const deal = (extra: Partial<DealCheck>): DealCheck => ({
  id: 5,
  createdAt: '2026-03-14T12:00:00Z',
  text: 'Ryzen 5 5600x, Intel Arc A770 - $500',
  platform: 'ebay',
  delivery: 'shipped',
  askingPriceCents: 50_000,
  priceTerms: null,
  condition: 'used',
  items: [item('Ryzen 5 5600X', 'parser'), item('Arc A770', 'assistant')],
  unmatched: [],
  assistant: null,
  partOutCents: 20_000,
  wholeCents: 20_000,
  wholePcFactor: 1,
  wholeMachine: false,
  saleCents: 20_000,
  feesCents: 2_600,
  shippingCents: 2_100,
  expectedProfitCents: -34_700,
  targetMarginPercent: 25,
  maxPriceCents: 10_300,
  verdict: 'pass',
  compatibility: null,
  lotId: null,
  ...extra,
});

function wrap(children: ReactNode) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>{children}</ToastProvider>
    </QueryClientProvider>,
  );
}

describe('a deal read with the assistant', () => {
  it('tags the parts the assistant found and says what it cost and left out', async () => {
    wrap(
      <DealResult
        deal={deal({
          assistant: {
            used: true,
            usage: { inputTokens: 412, outputTokens: 57 },
            ignored: [{ name: 'RTX 3080', reason: '3080 is not in the listing.' }],
          },
        })}
      />,
    );
    const table = screen.getByRole('table', { name: 'Parts found' });
    expect(within(table).getByRole('row', { name: /^Arc A770 assistant/ })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /^Ryzen 5 5600X/ }).textContent).not.toContain('assistant');
    const line = screen.getByTestId('deal-read-by');
    expect(line.textContent).toContain('Read by the parser and the assistant: 1 part from it · 469 tokens.');
    await userEvent.click(within(line).getByText('Left out of its reading (1)'));
    expect(within(line).getByText('RTX 3080: 3080 is not in the listing.')).toBeTruthy();
  });

  it('says in one line why the assistant was skipped', () => {
    const message =
      "This month's assistant allowance is used up (50000 of 50000 tokens); it starts again on 2026-04-01.";
    wrap(
      <DealResult
        deal={deal({
          items: [item('Ryzen 5 5600X', 'parser')],
          assistant: { used: false, reason: 'limit_reached', message },
        })}
      />,
    );
    expect(screen.getByTestId('deal-read-by').textContent).toBe(`Read by the parser only. ${message}`);
    expect(screen.queryByText('assistant', { exact: true })).toBeNull();
  });
});

function serve(configured: boolean) {
  const calls: { url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({ url, body: init.body ? JSON.parse(String(init.body)) : null });
      const body = url.endsWith('/ai/status')
        ? { configured, model: configured ? 'llama3.1:8b' : null, howToConfigure: null }
        : deal({});
      return new Response(JSON.stringify(body), {
        status: url.endsWith('/check') ? 201 : 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('the deal form', () => {
  it('offers the assistant when the server has one, on unless turned off', async () => {
    const calls = serve(true);
    const onChecked = vi.fn();
    wrap(<DealCheckForm targetMarginPercent={25} onChecked={onChecked} />);
    const box = await screen.findByRole('checkbox', { name: /Let the assistant improve the reading/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    await userEvent.type(screen.getByLabelText('Listing text'), 'rtx 3070 $300');
    await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: 'Check this deal' }));
    await vi.waitFor(() => expect(onChecked).toHaveBeenCalled());
    expect(calls.find((c) => c.url === '/api/v1/deals/check')?.body).toMatchObject({ useAssistant: false });
  });

  it('does not offer it when no assistant is configured', async () => {
    const calls = serve(false);
    const onChecked = vi.fn();
    wrap(<DealCheckForm targetMarginPercent={25} onChecked={onChecked} />);
    await vi.waitFor(() => expect(calls.some((c) => c.url.endsWith('/ai/status'))).toBe(true));
    await userEvent.type(screen.getByLabelText('Listing text'), 'rtx 3070 $300');
    await userEvent.click(screen.getByRole('button', { name: 'Check this deal' }));
    await vi.waitFor(() => expect(onChecked).toHaveBeenCalled());
    expect(screen.queryByRole('checkbox', { name: /assistant/ })).toBeNull();
    expect(calls.find((c) => c.url === '/api/v1/deals/check')?.body).not.toHaveProperty('useAssistant');
  });
});
