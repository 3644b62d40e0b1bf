import type { Session } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { WrongAddress } from '../auth/WrongAddress';
import { describeDevice } from './device';
import { ChangeEmailForm } from './EmailForm';
import { ChangePasswordForm } from './PasswordForm';
import { SessionsSection } from './SessionsSection';

interface Sent {
  method: string;
  url: string;
  body: unknown;
}

/** A fake server: each request is recorded and answered by `answer` (status and JSON body). */
function serve(answer: (req: Sent) => [number, unknown]) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const req = {
        method: init.method ?? 'GET',
        url,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      sent.push(req);
      const [status, body] = answer(req);
      return new Response(body === null ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return sent;
}

function wrap(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter>{children}</MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('the password form', () => {
  it('checks the new password twice before sending anything', async () => {
    const sent = serve(() => [200, {}]);
    wrap(<ChangePasswordForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Current password'), 'old password');
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.type(screen.getByLabelText('New password again'), 'different one');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('New password must be at least 8 characters')).toBeVisible();
    expect(screen.getByText('New password again must be the same as the new password')).toBeVisible();
    expect(sent).toEqual([]);
  });

  it('shows a wrong current password next to its field and keeps what was typed', async () => {
    const sent = serve(() => [
      400,
      {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The current password is not right',
          fields: { currentPassword: 'is not your current password' },
        },
      },
    ]);
    wrap(<ChangePasswordForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Current password'), 'a wrong guess');
    await user.type(screen.getByLabelText('New password'), 'a new password');
    await user.type(screen.getByLabelText('New password again'), 'a new password');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Current password is not your current password')).toBeVisible();
    expect(screen.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('New password')).toHaveValue('a new password');
    expect(sent).toEqual([
      {
        method: 'POST',
        url: '/api/auth/change-password',
        body: { currentPassword: 'a wrong guess', newPassword: 'a new password', revokeOtherSessions: false },
      },
    ]);
  });

  it('sends the change, may sign the other sessions out, and empties the form', async () => {
    const sent = serve(() => [200, { token: null, user: {} }]);
    wrap(<ChangePasswordForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Current password'), 'old password');
    await user.type(screen.getByLabelText('New password'), 'a new password');
    await user.type(screen.getByLabelText('New password again'), 'a new password');
    await user.click(screen.getByLabelText('Sign out my other sessions'));
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed; your other sessions are signed out')).toBeVisible();
    expect(sent[0]?.body).toEqual({
      currentPassword: 'old password',
      newPassword: 'a new password',
      revokeOtherSessions: true,
    });
    await waitFor(() => expect(screen.getByLabelText('Current password')).toHaveValue(''));
  });
});

describe('the email form', () => {
  it('shows an email in use next to the field, then changes it', async () => {
    let attempt = 0;
    const sent = serve(({ url }) => {
      if (url !== '/api/v1/me/email') return [200, { items: [] }];
      attempt += 1;
      return attempt === 1
        ? [
            409,
            {
              error: {
                code: 'CONFLICT',
                message: 'Another account already uses this email',
                fields: { email: 'is used by another account' },
              },
            },
          ]
        : [200, { id: 'u1', email: 'ada@new.example', name: 'Ada', role: 'user', timezone: 'UTC' }];
    });
    wrap(<ChangeEmailForm email="ada@example.com" />);
    expect(screen.getByText('ada@example.com')).toBeVisible();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('New email'), 'taken@example.com');
    await user.type(screen.getByLabelText('Password'), 'my password');
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    expect(await screen.findByText('New email is used by another account')).toBeVisible();
    expect(sent[0]).toEqual({
      method: 'POST',
      url: '/api/v1/me/email',
      body: { email: 'taken@example.com', password: 'my password' },
    });

    await user.clear(screen.getByLabelText('New email'));
    await user.type(screen.getByLabelText('New email'), 'ada@new.example');
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    expect(await screen.findByText('You now sign in as ada@new.example')).toBeVisible();
  });

  it('refuses what is not an email before sending', async () => {
    const sent = serve(() => [200, {}]);
    wrap(<ChangeEmailForm email="ada@example.com" />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('New email'), 'not an email');
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    expect(await screen.findByText('New email must be a valid email address')).toBeVisible();
    expect(screen.getByText('Password is required')).toBeVisible();
    expect(sent).toEqual([]);
  });
});

const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Version/18.1 Safari/604.1';

const session = (id: string, userAgent: string | null, current: boolean): Session => ({
  id,
  userAgent,
  ipAddress: current ? '192.0.2.10' : null,
  createdAt: '2026-11-01T10:00:00.000Z',
  lastSeenAt: '2026-11-30T10:00:00.000Z',
  expiresAt: '2026-12-07T10:00:00.000Z',
  current,
});

describe('the sessions list', () => {
  it('names each device, marks this one, and signs another out after asking', async () => {
    let items = [session('s1', CHROME, true), session('s2', IPHONE, false)];
    const sent = serve(({ method, url }) => {
      if (method === 'DELETE') {
        items = items.filter((s) => !url.endsWith(s.id));
        return [204, null];
      }
      return [200, { items }];
    });
    wrap(<SessionsSection />);
    const table = await screen.findByRole('table', { name: 'Your sessions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Chrome on LinuxThis device192\.0\.2\.10/),
      expect.stringMatching(/^Safari on iPhoneUnknown/),
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sign out Safari on iPhone' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out this session?' });
    expect(dialog).toHaveTextContent('Safari on iPhone will have to sign in again.');
    await user.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('Safari on iPhone is signed out')).toBeVisible();
    expect(sent.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/v1/sessions/s2']);
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('button', { name: 'Sign out everywhere else' })).toBeDisabled();
  });

  it('signs out everywhere else in one step', async () => {
    const sent = serve(({ method }) =>
      method === 'POST'
        ? [200, { status: true }]
        : [200, { items: [session('s1', CHROME, true), session('s2', null, false)] }],
    );
    wrap(<SessionsSection />);
    await screen.findByRole('table', { name: 'Your sessions' });
    expect(screen.getByText('Unknown device')).toBeVisible();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere else' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out everywhere else?' });
    expect(dialog).toHaveTextContent(
      'The other session will have to sign in again. This one stays signed in.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere else' }));
    expect(await screen.findByText('Signed out everywhere else')).toBeVisible();
    expect(sent.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual([
      '/api/auth/revoke-other-sessions',
    ]);
  });
});

describe('device names', () => {
  it('reads browser and system from common user agents', () => {
    expect(describeDevice(CHROME)).toBe('Chrome on Linux');
    expect(describeDevice(IPHONE)).toBe('Safari on iPhone');
    expect(
      describeDevice(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0',
      ),
    ).toBe('Edge on Windows');
    expect(
      describeDevice('Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:133.0) Gecko/20100101 Firefox/133.0'),
    ).toBe('Firefox on macOS');
    expect(describeDevice('curl/8.5.0')).toBe('curl');
    expect(describeDevice(null)).toBe('Unknown device');
  });
});

describe('the sign-in page at another address', () => {
  const address = {
    url: 'http://localhost:3000',
    origins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
  };

  it('says which address to open, keeping the page asked for', async () => {
    serve(() => [200, address]);
    wrap(
      <WrongAddress
        here={{ origin: 'http://192.168.1.20:3000', pathname: '/sign-in', search: '?next=%2Fsales' }}
      />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This page was opened at http://192.168.1.20:3000, which is not this app’s address: signing in works only at http://localhost:3000.',
    );
    expect(within(alert).getByRole('link', { name: 'http://localhost:3000' })).toHaveAttribute(
      'href',
      'http://localhost:3000/sign-in?next=%2Fsales',
    );
  });

  it('says nothing at an address that works', async () => {
    const sent = serve(() => [200, address]);
    wrap(<WrongAddress here={{ origin: 'http://127.0.0.1:3000', pathname: '/sign-in', search: '' }} />);
    await waitFor(() => expect(sent).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
