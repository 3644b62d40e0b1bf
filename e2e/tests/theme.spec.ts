import { expect, test } from './fixtures';

test.use({ colorScheme: 'light' });

test('the theme follows the system until switched, and the switch is remembered', async ({ page }) => {
  await page.goto('/sign-in');
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme');

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'forge-dark');

  await page.reload();
  // Set by public/theme-init.js before the app's script runs, so the page never paints light first.
  await expect(html).toHaveAttribute('data-theme', 'forge-dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});
