import { expect, newAccount, signUpByApi, test } from './fixtures';

test('sign up, sign out, sign in, then create, use and revoke an API token', async ({ page, request }) => {
  const account = newAccount();

  await page.goto('/sign-up');
  await page.getByLabel('Name', { exact: true }).fill(account.name);
  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Inventory' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(0);

  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();

  await nav.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByText(account.email)).toBeVisible();
  await expect(page.getByText('No tokens yet')).toBeVisible();

  await page.getByLabel('Token name').fill('Inventory sync');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secretBox = page.getByTestId('new-token');
  await expect(secretBox).toHaveText(/^pwf_/);
  const secret = (await secretBox.textContent())?.trim() ?? '';
  await expect(page.getByText('It will not be shown again')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Inventory sync', exact: true })).toBeVisible();

  const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()) as { email: string }).toMatchObject({ email: account.email });

  await page.getByRole('button', { name: 'Revoke Inventory sync' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
  await dialog.getByRole('button', { name: 'Revoke token' }).click();
  await expect(page.getByText('Token “Inventory sync” revoked')).toBeVisible();
  await expect(page.getByText('No tokens yet')).toBeVisible();
  await expect(secretBox).toHaveCount(0);

  const after = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(after.status()).toBe(401);
});

test('a wrong password is reported and the form stays usable', async ({ page, request }) => {
  const account = newAccount('Grace Builder');
  await signUpByApi(request, account);

  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);

  const email = page.getByLabel('Email', { exact: true });
  const password = page.getByLabel('Password', { exact: true });
  await email.fill(account.email);
  await password.fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password');
  await expect(email).toHaveValue(account.email);

  await password.fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('main').getByText(account.email)).toBeVisible();
});

test('the sign-in form checks fields as they are typed', async ({ page }) => {
  await page.goto('/sign-in');
  const email = page.getByLabel('Email', { exact: true });
  await email.fill('not-an-email');
  await email.blur();
  await expect(page.getByText('Email must be a valid email address')).toBeVisible();
  await email.fill('ok@example.com');
  await expect(page.getByText('Email must be a valid email address')).toHaveCount(0);
});

test('the sign-in page shows without the schema library, which comes when a field is first checked', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
  });
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts).toContainEqual(expect.stringMatching(/\/SignInPage-[\w-]+\.js$/));
  expect(scripts.filter((file) => file.includes('auth-schemas'))).toEqual([]);

  const email = page.getByLabel('Email', { exact: true });
  await email.fill('not-an-email');
  await email.blur();
  await expect(page.getByText('Email must be a valid email address')).toBeVisible();
  expect(scripts).toContainEqual(expect.stringMatching(/\/auth-schemas-[\w-]+\.js$/));
});
