import { chromium } from '@playwright/test';
import { BASE_URL, PORT } from '../env';
import { expect, newAccount, signUpByApi, test } from './fixtures';

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

test('change the name and the password, see two sessions and sign the other one out', async ({
  page,
  browser,
}) => {
  const account = newAccount();
  // Signing up through the page's own context makes that the first session.
  await signUpByApi(page.request, account);

  // A second device: a phone.
  const phone = await browser.newContext({ userAgent: IPHONE });
  const signedIn = await phone.request.post(`${BASE_URL}/api/auth/sign-in/email`, {
    data: { email: account.email, password: account.password },
    headers: { Origin: BASE_URL },
  });
  expect(signedIn.status()).toBe(200);
  expect((await phone.request.get(`${BASE_URL}/api/v1/me`)).status()).toBe(200);

  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();

  // The name.
  const name = page.getByLabel('Name', { exact: true });
  await name.fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ada Lovelace');

  // Two sessions: this browser and the phone.
  const sessions = page.getByRole('table', { name: 'Your sessions' });
  const rows = sessions.getByRole('row').filter({ hasNot: page.getByRole('columnheader') });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'This device' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Safari on iPhone' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Sign out Safari on iPhone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out this session?' });
  await expect(dialog).toContainText('Safari on iPhone will have to sign in again.');
  await dialog.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('Safari on iPhone is signed out')).toBeVisible();
  await expect(rows).toHaveCount(1);
  expect((await phone.request.get(`${BASE_URL}/api/v1/me`)).status()).toBe(401);
  await phone.close();

  // The password: the current one first.
  await page.getByLabel('Current password').fill(account.password);
  await page.getByLabel('New password', { exact: true }).fill('a-new-password-2026');
  await page.getByLabel('New password again').fill('a-new-password-2026');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Current password')).toHaveValue('');

  // The account's history says what happened, in words.
  const history = page.getByRole('region', { name: 'Account history' });
  await expect(history.getByText('You changed the password')).toBeVisible();
  await expect(history.getByText('You signed a session out')).toBeVisible();
  await expect(history.getByText('You edited the profile')).toBeVisible();
  await expect(history.getByText('Ada Lovelace')).toBeVisible();

  // Signed out, the old password no longer works and the new one does.
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong email or password')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill('a-new-password-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();

  // Sign out everywhere, this browser included.
  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
  const everywhere = page.getByRole('dialog', { name: 'Sign out everywhere?' });
  await expect(everywhere).toContainText('API tokens keep working until you revoke them.');
  await everywhere.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
});

test('the app opened at 127.0.0.1 while BASE_URL says localhost: sign-in and saving work', async ({
  page,
  request,
}) => {
  const account = newAccount('Lin Loopback');
  await signUpByApi(request, account);
  const loopback = `http://127.0.0.1:${PORT}`;
  await page.goto(`${loopback}/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Lin' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(loopback);
  // A cookie write from this origin passes the origin checks.
  await page.goto(`${loopback}/account`);
  await page.getByLabel('Name', { exact: true }).fill('Lin at 127');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  const thisDevice = page
    .getByRole('table', { name: 'Your sessions' })
    .getByRole('row', { name: /This device/ });
  await expect(thisDevice.getByRole('cell', { name: '127.0.0.1' })).toBeVisible();
});

test('the app opened at another address: the sign-in page says which one to open', async ({ request }) => {
  const account = newAccount();
  await signUpByApi(request, account);
  // A name that reaches this server but is not its address, as a LAN name or IP would.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP forge.test 127.0.0.1',
    ],
  });
  try {
    const page = await browser.newPage();
    const elsewhere = `http://forge.test:${PORT}`;
    await page.goto(`${elsewhere}/sign-in`);
    const alert = page.getByRole('alert').filter({ hasText: 'not this app’s address' });
    await expect(alert).toContainText(
      `This page was opened at ${elsewhere}, which is not this app’s address: signing in works only at ${BASE_URL}.`,
    );
    await expect(alert.getByRole('link', { name: BASE_URL })).toHaveAttribute('href', `${BASE_URL}/sign-in`);
    // Trying anyway gets the same answer from the server.
    await page.getByLabel('Email', { exact: true }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(`This request must come from the app: open it at ${BASE_URL}`)).toBeVisible();
  } finally {
    await browser.close();
  }
});
