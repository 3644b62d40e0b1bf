import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
const THEMES = ['light', 'dark'] as const;

// Pictures of the main screens for a person to look at; they assert only that the screens rendered.
for (const theme of THEMES) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test.describe(`${theme} ${device}`, () => {
      test.use({ colorScheme: theme, viewport });
      const shot = (name: string) => path.join(OUT, `${name}-${theme}-${device}.png`);

      test('sign-in page', async ({ page }) => {
        await page.goto('/sign-in');
        await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
        await page.screenshot({ path: shot('sign-in'), fullPage: true });
      });

      test('dashboard and account', async ({ page, request }) => {
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        await page.goto('/');
        await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();
        await page.screenshot({ path: shot('dashboard'), fullPage: true });
        await page.goto('/inventory');
        await expect(page.getByRole('heading', { name: 'Inventory' })).toBeVisible();
        await page.screenshot({ path: shot('inventory'), fullPage: true });
        await page.goto('/account');
        await page.getByLabel('Token name').fill('Spreadsheet import');
        await page.getByRole('button', { name: 'Create token' }).click();
        await expect(page.getByTestId('new-token')).toBeVisible();
        await expect(page.getByRole('button', { name: 'Create token' })).toBeEnabled();
        await page.screenshot({ path: shot('account'), fullPage: true });
      });

      test('admin users', async ({ page }) => {
        await signInByApi(page, ADMIN);
        await page.goto('/admin');
        await expect(
          page.getByRole('cell', { name: ADMIN.email }).or(page.getByText(ADMIN.email)),
        ).not.toHaveCount(0);
        await page.screenshot({ path: shot('admin'), fullPage: true });
      });
    });
  }
}
