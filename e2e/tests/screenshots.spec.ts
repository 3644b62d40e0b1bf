import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { seedInventory } from './seed-inventory';
import { seedSelling } from './seed-sales';

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
        await expect(page.getByRole('heading', { name: 'Nothing on the shelf yet' })).toBeVisible();
        await page.screenshot({ path: shot('inventory'), fullPage: true });
        await page.goto('/account');
        await page.getByLabel('Token name').fill('Spreadsheet import');
        await page.getByRole('button', { name: 'Create token' }).click();
        await expect(page.getByTestId('new-token')).toBeVisible();
        await expect(page.getByRole('button', { name: 'Create token' })).toBeEnabled();
        await page.screenshot({ path: shot('account'), fullPage: true });
      });

      test('inventory, part, lot form and import', async ({ page, request }) => {
        test.setTimeout(60_000);
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        const { featured } = await seedInventory(page);

        await page.goto('/inventory');
        await expect(page.getByRole('link', { name: featured.name })).toBeVisible();
        await expect(page.getByRole('region', { name: 'Inventory summary' })).toBeVisible();
        await page.screenshot({ path: shot('inventory-data'), fullPage: true });

        await page.goto(`/inventory/${featured.id}`);
        await expect(page.getByRole('heading', { level: 1, name: featured.name })).toBeVisible();
        await expect(page.getByText(/changed the status/)).toBeVisible();
        await page.screenshot({ path: shot('part'), fullPage: true });

        await page.goto('/lots/new');
        await page.getByLabel('Lot name').fill('Gaming PC from Marketplace');
        await page.getByLabel('Total price').fill('450');
        await page.getByRole('combobox', { name: 'Part 1 name' }).fill('Ryzen 5 3600');
        await page.getByLabel('Part 1 category').selectOption('cpu');
        await page.getByRole('combobox', { name: 'Part 2 name' }).fill('RX 580 8GB');
        await page.getByLabel('Part 2 category').selectOption('gpu');
        await page.getByLabel('Part 2 weight').fill('2');
        await page.getByRole('combobox', { name: 'Part 3 name' }).fill('B450 Tomahawk');
        await page.getByLabel('Part 3 category').selectOption('motherboard');
        // Back to the top, so the sticky top bar is where it belongs in a full-page picture.
        await page.evaluate(() => {
          if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
          window.scrollTo(0, 0);
        });
        await page.screenshot({ path: shot('lot-form'), fullPage: true });

        await page.goto('/inventory/import');
        const csv = 'Item,Type,Price Paid,Date Bought,Where\nEVGA 650 G5,PSU,"$1,234.56",6/15/2025,ebay\n';
        await page
          .locator('input[type=file]')
          .setInputFiles({ name: 'my-sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await expect(page.getByRole('button', { name: 'Check the file' })).toBeVisible();
        await page.screenshot({ path: shot('import'), fullPage: true });
      });

      test('listings, sold dialog, ledger and P&L', async ({ page, request }) => {
        test.setTimeout(60_000);
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        const { build } = await seedSelling(page);

        await page.goto('/listings');
        await expect(page.getByRole('button', { name: /^Mark as sold: .* on eBay$/ })).toBeVisible();
        await page.screenshot({ path: shot('listings'), fullPage: true });
        await page.getByRole('button', { name: /^Edit .* on eBay$/ }).click();
        await expect(page.getByTestId('estimated-net')).toBeVisible();
        await page.screenshot({ path: shot('listing-editor'), animations: 'disabled' });
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: /^Mark as sold: .* on eBay$/ }).click();
        const sold = page.getByRole('dialog', { name: `Mark “${build.name}” as sold` });
        await sold.getByLabel('Shipping').fill('45');
        await expect(sold.getByTestId('profit-preview')).toBeVisible();
        await page.screenshot({ path: shot('sold-dialog'), animations: 'disabled' });
        await page.keyboard.press('Escape');

        await page.goto('/sales');
        await expect(page.getByTestId('total-profit')).toBeVisible();
        await page.screenshot({ path: shot('sales'), fullPage: true });
        await page.goto('/sales/pnl');
        await expect(page.getByTestId('net-profit')).toBeVisible();
        await page.screenshot({ path: shot('pnl'), fullPage: true });
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
