import type { Me, Part, Sale } from '@partwise/shared';
import { BASE_URL } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createPart } from './parts-api';

test.describe('time zone', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('sign-up sends the browser’s zone; the Account page shows the account’s zone and finds others by city', async ({
    page,
  }) => {
    const account = newAccount();
    await page.goto('/sign-up');
    await page.getByLabel('Name', { exact: true }).fill(account.name);
    await page.getByLabel('Email', { exact: true }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    const signUp = page.waitForRequest((r) => r.url().endsWith('/api/auth/sign-up/email'));
    await page.getByRole('button', { name: 'Create account' }).click();
    expect((await signUp).postDataJSON()).toMatchObject({
      email: account.email,
      timezone: 'America/Los_Angeles',
    });
    await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();

    await page.goto('/account');
    const me = (await (await page.request.get('/api/v1/me')).json()) as Me;
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    await expect(zone).toHaveValue(me.timezone);
    await expect(page.getByText(/^It is .+ there\./)).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(account.name);
    await expect(page.getByRole('button', { name: 'Save profile' })).toBeDisabled();

    // Typing part of a city offers the zones that hold it; the keys pick one.
    await zone.fill('new york');
    const options = page.getByRole('listbox', { name: 'Time zones' }).getByRole('option');
    await expect(options).toHaveCount(1);
    await expect(options.first()).toContainText('America/New York');
    await zone.press('ArrowDown');
    await zone.press('Enter');
    await expect(zone).toHaveValue('America/New_York');
    await expect(page.getByRole('listbox', { name: 'Time zones' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Save profile' })).toBeEnabled();

    // A zone that does not exist is refused by the same rule as the server's, next to the field.
    await zone.fill('Mars/Olympus');
    await zone.press('Tab');
    await expect(
      page.getByText('Time zone must be an IANA time zone such as America/Los_Angeles'),
    ).toBeVisible();
    await expect(zone).toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('server refusals', () => {
  // The refund below is refused by the server on purpose (422): the browser logs that response.
  test.use({ expectedStatuses: [422] });

  test('a refusal the form could not foresee is shown next to its field, and what was typed stays', async ({
    page,
    request,
  }) => {
    const account = newAccount();
    await signUpByApi(request, account);
    await signInByApi(page, account);
    const part: Part = await createPart(page, {
      name: 'Sapphire RX 580 8GB',
      category: 'gpu',
      costCents: 4_500,
    });
    const sold = await page.request.post('/api/v1/sales', {
      data: { partId: part.id, priceCents: 10_000, platform: 'local' },
      headers: { Origin: BASE_URL },
    });
    expect(sold.status(), await sold.text()).toBe(201);
    expect(((await sold.json()) as Sale).priceCents).toBe(10_000);

    await page.goto('/sales');
    await page.getByRole('button', { name: `Refund ${part.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Refund “${part.name}”` });
    const amount = dialog.getByLabel('Amount');
    // More than the sale brought in: only the server knows what is left to refund.
    await amount.fill('150');
    await dialog.getByRole('radio', { name: /No, the buyer kept it/ }).check();
    await dialog.getByRole('button', { name: 'Review refund' }).click();
    await dialog.getByRole('button', { name: 'Confirm refund' }).click();
    await expect(dialog.getByText('Amount must be at most 10000')).toBeVisible();
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(amount).toHaveValue('150');
    await expect(amount).toBeFocused();
    await expect(dialog.getByRole('alert')).toHaveCount(0);

    await amount.fill('25');
    await dialog.getByRole('button', { name: 'Review refund' }).click();
    await dialog.getByRole('button', { name: 'Confirm refund' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^Refund recorded/)).toBeVisible();
  });
});
