import type { Me, SaleDetail } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { accountQueries } from '../auth/queries';
import { RefundDialog } from './RefundDialog';
import { VoidSaleDialog } from './VoidSaleDialog';

const SALE: SaleDetail = {
  id: 41,
  listingId: null,
  partId: 7,
  buildId: null,
  itemName: 'RTX 3070 Founders Edition',
  platform: 'ebay',
  delivery: 'shipped',
  soldAt: '2026-06-10',
  priceCents: 30_000,
  feesCents: 4_000,
  shippingCents: 1_000,
  cogsCents: 20_000,
  refundedCents: 0,
  cogsReturnedCents: 0,
  restocked: false,
  profitCents: 5_000,
  buyerNote: null,
  voidedAt: null,
  voidReason: null,
  createdAt: '2026-06-10T12:00:00.000Z',
  updatedAt: '2026-06-10T12:00:00.000Z',
  items: [{ partId: 7, name: 'RTX 3070 Founders Edition', costCents: 20_000, restocked: false }],
  refunds: [],
};

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  const me: Me = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'user', timezone: 'UTC' };
  client.setQueryData(accountQueries.me().queryKey, me);
  return (
    <QueryClientProvider client={client}>
      <ToastProvider>{children}</ToastProvider>
    </QueryClientProvider>
  );
}

/** The server, as far as these dialogs reach it: every request is recorded and answered with the sale. */
function fakeServer() {
  const calls: { url: string; method: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({
        url,
        method: init.method ?? 'GET',
        body: init.body ? JSON.parse(String(init.body)) : null,
      });
      return new Response(JSON.stringify(SALE), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('the refund dialog', () => {
  it('asks whether the item came back (no default), then asks to confirm what will happen', async () => {
    const calls = fakeServer();
    const onClose = vi.fn();
    render(<RefundDialog sale={SALE} onClose={onClose} />, { wrapper });
    const dialog = screen.getByRole('dialog', { name: `Refund “${SALE.itemName}”` });
    for (const choice of ['Yes, it came back', 'No, the buyer kept it'])
      expect(within(dialog).getByRole('radio', { name: new RegExp(choice) })).not.toBeChecked();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Review refund' }));
    expect(await within(dialog).findByText('Say whether the item came back')).toBeVisible();
    expect(calls).toHaveLength(0);

    await userEvent.clear(within(dialog).getByLabelText('Amount'));
    await userEvent.type(within(dialog).getByLabelText('Amount'), '100');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Yes, it came back/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Review refund' }));
    expect(await within(dialog).findByText(/The part comes back to your stock/)).toBeVisible();
    // 5,000 − 10,000 refunded + 20,000 cost of goods back.
    expect(within(dialog).getByText('$150.00')).toBeVisible();
    expect(calls).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm refund' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls).toEqual([
      {
        url: `/api/v1/sales/${SALE.id}/refund`,
        method: 'POST',
        body: { amountCents: 10_000, restock: true, refundedAt: expect.any(String), note: null },
      },
    ]);
  });

  it('goes back to the form from the confirmation without sending anything', async () => {
    const calls = fakeServer();
    render(<RefundDialog sale={SALE} onClose={() => {}} />, { wrapper });
    await userEvent.click(screen.getByRole('radio', { name: /No, the buyer kept it/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Review refund' }));
    expect(await screen.findByText(/The buyer keeps the item/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: /No, the buyer kept it/ })).toBeChecked();
    expect(calls).toHaveLength(0);
  });
});

describe('the void dialog', () => {
  it('needs a reason, says what a void does, and sends the reason', async () => {
    const calls = fakeServer();
    const onClose = vi.fn();
    render(<VoidSaleDialog sale={SALE} onClose={onClose} />, { wrapper });
    const dialog = screen.getByRole('dialog', { name: `Void the sale of “${SALE.itemName}”?` });
    expect(within(dialog).getByText(/leaves the ledger, the P&L and every total/)).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Void sale' }));
    expect(await within(dialog).findByText('Reason is required')).toBeVisible();
    expect(calls).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Entered twice');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Void sale' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls).toEqual([
      { url: `/api/v1/sales/${SALE.id}/void`, method: 'POST', body: { reason: 'Entered twice' } },
    ]);
  });
});
