import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';

test('sample data: loaded into a new account to look around, and removed in one click', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);

  await page.goto('/');
  const banner = page.getByRole('region', { name: 'You are looking at sample data' });
  const load = page.getByRole('button', { name: 'Load sample data' });
  await load.click();
  await expect(page.getByText('Sample data loaded: have a look around')).toBeVisible({ timeout: 20_000 });
  await expect(banner).toBeVisible();
  await expect(load).toHaveCount(0);

  // The dashboard fills in: the first steps are done, and the numbers and trends have something to count.
  await expect(page.getByRole('region', { name: 'What to do next' })).toHaveCount(0);
  await expect(page.getByText(/^You have \d+ parts on record/)).toBeVisible();
  const stat = (label: string) => page.locator('.stat').filter({ hasText: label }).locator('.stat-value');
  await expect(stat('Profit this month')).toHaveText(/\$\d/);
  await expect(stat('Inventory at cost')).toHaveText(/^\$[1-9]/);
  await expect(stat('In stock')).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole('heading', { name: 'Profit, last 90 days' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'AMD Radeon RX 580 8 GB' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await expect(page.getByRole('link', { name: 'Noctua NH-D15' })).toBeVisible();
  await expect(banner).toBeVisible();

  // Removed from any page: it asks first, says what goes, and lands on the empty dashboard.
  await banner.getByRole('button', { name: 'Remove sample data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the sample data?' });
  await expect(dialog).toContainText(/\d+ parts, 1 lot, 1 build/);
  await dialog.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByText('Sample data removed')).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/$/);
  await expect(banner).toHaveCount(0);
  await expect(load).toBeVisible();
  await expect(page.getByRole('region', { name: 'What to do next' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing on the shelf yet' })).toBeVisible();
});
