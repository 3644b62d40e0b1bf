import type { AdminUser } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { UsersTable } from './UsersTable';

const member: AdminUser = {
  id: 'u1',
  email: 'casey@example.com',
  name: 'Casey',
  role: 'user',
  suspended: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  plan: 'pro',
  subscriptionStatus: 'past_due',
  comp: null,
  tokensThisMonth: 12_345,
  partsCount: 7,
  lastActiveAt: null,
};

function serve(answer: (method: string, url: string, body: unknown) => [number, unknown]) {
  const sent: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      sent.push({ method, url, body });
      const [status, json] = answer(method, url, body);
      return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

function renderTable(users: AdminUser[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter>
          <UsersTable users={users} meId="admin" />
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the admin users table', () => {
  it('shows plan, payment trouble, tokens and parts', () => {
    renderTable([member]);
    const row = screen.getByRole('row', { name: /casey@example.com/ });
    expect(within(row).getByText('Pro')).toBeInTheDocument();
    expect(within(row).getByText('past due')).toBeInTheDocument();
    expect(within(row).getByText('12,345')).toBeInTheDocument();
    expect(within(row).getByText('7')).toBeInTheDocument();
    expect(within(row).getByText('Never')).toBeInTheDocument();
  });

  it('grants a plan until the end of the chosen day, and shows a refused date beside the field', async () => {
    const sent = serve(() => [
      400,
      {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Check the end date',
          fields: { until: 'must be in the future' },
        },
      },
    ]);
    renderTable([member]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Grant a plan' }));
    const dialog = screen.getByRole('dialog', { name: 'Grant a plan' });
    await user.selectOptions(within(dialog).getByLabelText('Plan'), 'business');
    const until = within(dialog).getByLabelText('Until');
    await user.clear(until);
    await user.type(until, '2031-05-04');
    await user.click(within(dialog).getByRole('button', { name: 'Grant' }));
    expect(await within(dialog).findByText('The end date must be in the future')).toBeVisible();
    expect(sent).toEqual([
      {
        method: 'PUT',
        url: '/api/v1/admin/users/u1/comp',
        body: { plan: 'business', until: '2031-05-04T23:59:59Z' },
      },
    ]);
  });

  it('asks before suspending, then sends the change', async () => {
    const sent = serve(() => [200, { ...member, suspended: true }]);
    renderTable([member]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    const dialog = screen.getByRole('dialog', { name: 'Suspend this user?' });
    expect(dialog).toHaveTextContent('API tokens stop working');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      method: 'PATCH',
      url: '/api/v1/admin/users/u1',
      body: { suspended: true },
    });
  });
});
