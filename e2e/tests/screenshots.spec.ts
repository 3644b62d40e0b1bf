import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Build } from '@partwise/shared';
import { ADMIN, BASE_URL } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createLot, createPart } from './parts-api';
import { seedInventory } from './seed-inventory';
import { seedSelling } from './seed-sales';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const THEMES = ['light', 'dark'] as const;

/**
 * CI renders the dark phone set only, to stay within its time: every other flow already renders the light
 * desktop screens. A local run, or SCREENSHOTS=all, takes every combination for a person to look at.
 */
const inCiOnly = (theme: string, device: string) => theme === 'dark' && device === 'phone';
const wanted = (theme: string, device: string) =>
  !process.env.CI || process.env.SCREENSHOTS === 'all' || inCiOnly(theme, device);

// Pictures of the main screens for a person to look at; they assert only that the screens rendered.
for (const theme of THEMES) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    if (!wanted(theme, device)) continue;
    test.describe(`${theme} ${device}`, () => {
      test.use({ colorScheme: theme, viewport });
      const shot = (name: string) => path.join(OUT, `${name}-${theme}-${device}.png`);

      test('sign-in page', async ({ page }) => {
        await page.goto('/sign-in');
        await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
        await page.screenshot({ path: shot('sign-in'), fullPage: true });
        await page.getByLabel('Email', { exact: true }).fill('nobody@e2e.test');
        await page.getByLabel('Password', { exact: true }).fill('not-a-password');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect(page.getByRole('alert')).toHaveText('Wrong email or password');
        await page.screenshot({ path: shot('sign-in-refused'), fullPage: true });
      });

      test('dashboard and account', async ({ page, request }) => {
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        await page.goto('/');
        await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();
        await expect(page.getByRole('region', { name: 'What to do next' })).toBeVisible();
        await expect(page.getByRole('button', { name: 'Load sample data' })).toBeVisible();
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
        const zone = page.getByRole('combobox', { name: 'Time zone' });
        await zone.fill('america');
        await expect(page.getByRole('listbox', { name: 'Time zones' })).toBeVisible();
        await page.screenshot({ path: shot('account-time-zone') });
      });

      test('sample data: the offer, the banner and the removal', async ({ page, request }) => {
        test.setTimeout(60_000);
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        await page.goto('/');
        const load = page.getByRole('button', { name: 'Load sample data' });
        await load.focus();
        await expect(load).toBeFocused();
        // Back to the top (focus scrolled to the button), so the sticky top bar is where it belongs.
        const toTop = () => page.evaluate(() => window.scrollTo(0, 0));
        await toTop();
        await page.screenshot({ path: shot('sample-data-offer'), fullPage: true });
        await load.press('Enter');
        const banner = page.getByRole('region', { name: 'You are looking at sample data' });
        await expect(banner).toBeVisible({ timeout: 20_000 });
        await expect(page.getByRole('heading', { name: 'Profit, last 90 days' })).toBeVisible();
        await expect(page.getByRole('link', { name: 'AMD Radeon RX 580 8 GB' })).toBeVisible();
        await expect(page.locator('.skeleton')).toHaveCount(0);
        await page.getByRole('button', { name: 'Dismiss' }).click();
        await toTop();
        await page.screenshot({ path: shot('sample-data-dashboard'), fullPage: true });
        await banner.getByRole('button', { name: 'Remove sample data' }).click();
        await expect(page.getByRole('dialog', { name: 'Remove the sample data?' })).toBeVisible();
        await page.screenshot({ path: shot('sample-data-remove'), animations: 'disabled' });
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

      test('builds list and a build with findings', async ({ page, request }) => {
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        const post = async <T>(url: string, data: unknown): Promise<T> => {
          const res = await page.request.post(url, { data, headers: { Origin: BASE_URL } });
          expect(res.ok(), await res.text()).toBe(true);
          return (await res.json()) as T;
        };
        const parts = [
          await createPart(page, {
            name: 'AMD Ryzen 5 5600X',
            category: 'cpu',
            costCents: 9000,
            specs: { socket: 'AM4', tdpW: 65, integratedGraphics: false },
          }),
          await createPart(page, {
            name: 'MSI PRO Z690-A',
            category: 'motherboard',
            costCents: 11_000,
            specs: { socket: 'LGA1700', memoryType: 'DDR4', formFactor: 'ATX', memorySlots: 4 },
          }),
          await createPart(page, {
            name: 'Corsair Vengeance LPX 16GB DDR4-3200',
            category: 'memory',
            costCents: 3000,
            specs: { memoryType: 'DDR4', speedMts: 3200, modules: 1, moduleGb: 16, totalGb: 16 },
          }),
        ];
        const build = await post<Build>('/api/v1/builds', {
          name: 'Ryzen 5600X gaming PC',
          notes: 'For the 1080p Marketplace crowd. Clean the cooler before photos.',
          targetPriceCents: 65_000,
        });
        for (const part of parts) await post(`/api/v1/builds/${build.id}/parts`, { partId: part.id });
        await post(`/api/v1/builds/${build.id}/planned`, {
          category: 'gpu',
          name: 'RTX 3070 (used)',
          expectedCostCents: 28_000,
        });
        const loss = await post<Build>('/api/v1/builds', { name: 'i5 office tower', targetPriceCents: 9000 });
        await post(`/api/v1/builds/${loss.id}/planned`, {
          category: 'cpu',
          name: 'Intel Core i5-8500',
          expectedCostCents: 6500,
        });
        await post(`/api/v1/builds/${loss.id}/planned`, {
          category: 'case',
          name: 'Dell OptiPlex 7060 case',
          expectedCostCents: 4000,
        });

        await page.goto('/builds');
        await expect(page.getByRole('link', { name: 'Ryzen 5600X gaming PC' })).toBeVisible();
        await page.screenshot({ path: shot('builds'), fullPage: true });

        await page.goto(`/builds/${build.id}`);
        await expect(page.getByRole('region', { name: 'Compatibility' })).toContainText('needs an AM4 board');
        await page.screenshot({ path: shot('build'), fullPage: true });
      });

      test('catalog suggestions and the build picker', async ({ page, request }) => {
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        await page.goto('/inventory/new');
        await page.getByRole('combobox', { name: 'Name' }).fill('Corsair Vengeance LPX 16GB DDR4 3200');
        await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('6 variants', {
          timeout: 20_000,
        });
        await page.screenshot({ path: shot('catalog-suggestions') });

        const res = await page.request.post('/api/v1/builds', {
          data: { name: 'Catalog picker', targetPriceCents: 50_000 },
          headers: { Origin: BASE_URL },
        });
        const build = (await res.json()) as Build;
        await page.goto(`/builds/${build.id}`);
        await page.getByRole('button', { name: 'Add Storage', exact: true }).click();
        const picker = page.getByRole('dialog', { name: 'Add storage drive' });
        await picker.getByRole('tab', { name: 'Plan to buy' }).click();
        await picker.getByLabel('Search the catalog').fill('970 evo plus');
        await expect(picker.getByText('1 TB · NVMe SSD · M.2-2280').first()).toBeVisible();
        await page.screenshot({ path: shot('catalog-picker') });
      });

      test('a build with problems: add anyway, the reason to sell it, a spec asked for', async ({
        page,
        request,
      }) => {
        test.setTimeout(60_000);
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        const post = async <T>(url: string, data: unknown): Promise<T> => {
          const res = await page.request.post(url, { data, headers: { Origin: BASE_URL } });
          expect(res.ok(), await res.text()).toBe(true);
          return (await res.json()) as T;
        };
        const parts = [
          await createPart(page, {
            name: 'AMD Ryzen 5 5600X',
            category: 'cpu',
            costCents: 9000,
            specs: { socket: 'AM4', tdpW: 65, integratedGraphics: false },
          }),
          await createPart(page, {
            name: 'ASUS TUF RTX 3080',
            category: 'gpu',
            costCents: 30_000,
            specs: { lengthMm: 300, tdpW: 320 },
          }),
          await createPart(page, {
            name: 'Fractal Design Meshify C',
            category: 'case',
            costCents: 5000,
            specs: { type: 'ATX Mid Tower' },
          }),
        ];
        await createPart(page, {
          name: 'MSI PRO Z690-A',
          category: 'motherboard',
          costCents: 11_000,
          specs: { socket: 'LGA1700', formFactor: 'ATX' },
        });
        const build = await post<Build>('/api/v1/builds', {
          name: 'RTX 3080 tower',
          targetPriceCents: 90_000,
        });
        for (const part of parts) await post(`/api/v1/builds/${build.id}/parts`, { partId: part.id });
        await page.goto(`/builds/${build.id}`);

        await page.getByRole('button', { name: 'Add Motherboard', exact: true }).click();
        const picker = page.getByRole('dialog', { name: 'Add motherboard' });
        await picker.getByRole('button', { name: 'Add MSI PRO Z690-A', exact: true }).click();
        await expect(picker.getByRole('button', { name: 'Add anyway' })).toBeVisible();
        await page.screenshot({ path: shot('build-add-anyway'), animations: 'disabled' });
        await picker.getByRole('button', { name: 'Add anyway' }).click();
        await expect(picker).toBeHidden();

        const report = page.getByRole('region', { name: 'Compatibility' });
        await report.getByRole('button', { name: /Enter the maximum graphics card length/ }).click();
        await report.getByLabel(/Maximum graphics card length of the Fractal/).fill('long');
        await report.getByRole('button', { name: 'Save and check again' }).click();
        await expect(report).toContainText('must be a number');
        // Back to the top, so the sticky parts of the page are where they belong in a full-page picture.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: shot('build-spec-fix'), fullPage: true });

        await page.getByLabel('Status').selectOption('ready');
        const dialog = page.getByRole('dialog', { name: /ready to sell with its problems/ });
        await dialog
          .getByLabel('Reason to sell it anyway')
          .fill('Sold as a bundle; the buyer has an LGA1700 CPU');
        await page.screenshot({ path: shot('build-override-dialog'), animations: 'disabled' });
        await dialog.getByRole('button', { name: 'Set ready anyway' }).click();
        await expect(report.getByRole('note', { name: 'Sold with known problems' })).toBeVisible();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: shot('build-overridden'), fullPage: true });
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

      test('lot page, lot edit, listing text, import choices and mileage', async ({ page, request }) => {
        test.setTimeout(90_000);
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        const lot = await createLot(page, {
          name: 'Used gaming PC from Marketplace',
          totalCostCents: 45_000,
          acquiredAt: '2025-09-14',
          source: 'facebook_marketplace',
          notes: 'Seller upgraded to a 4070. Dusty but complete.',
          parts: [
            {
              name: 'EVGA GeForce RTX 2070 Super XC',
              category: 'gpu',
              weight: 2,
              grade: 4,
              specs: { chipset: 'GeForce RTX 2070 Super', vramGb: 8, lengthMm: 268 },
              notes: 'Time Spy 30 min, 71 °C',
            },
            { name: 'AMD Ryzen 7 3700X', category: 'cpu', specs: { socket: 'AM4', cores: 8 } },
            { name: 'MSI B450 Tomahawk', category: 'motherboard' },
            {
              name: 'Corsair Vengeance LPX 16 GB',
              category: 'memory',
              weight: 0.5,
              specs: { totalGb: 16, memoryType: 'DDR4' },
            },
          ],
        });
        const gpu = lot.parts[0];
        const sale = await page.request.post('/api/v1/sales', {
          data: {
            partId: gpu?.id,
            priceCents: 30_000,
            platform: 'ebay',
            shippingCents: 1_500,
            soldAt: '2025-10-01',
          },
          headers: { Origin: BASE_URL },
        });
        expect(sale.ok(), await sale.text()).toBe(true);

        await page.goto(`/lots/${lot.id}`);
        await expect(page.getByTestId('lot-brought-back')).toBeVisible();
        await page.screenshot({ path: shot('lot'), fullPage: true });
        await page.getByRole('button', { name: 'Edit lot' }).click();
        const edit = page.getByRole('dialog', { name: /^Edit/ });
        await edit.getByLabel('Total price').fill('420');
        await expect(edit.getByTestId('lot-edit-split')).toBeVisible();
        await page.screenshot({ path: shot('lot-edit'), animations: 'disabled' });
        await page.keyboard.press('Escape');

        await page.goto(`/inventory/${lot.parts[1]?.id}`);
        await page.getByRole('button', { name: 'List it' }).click();
        const editor = page.getByRole('dialog', { name: /^List/ });
        await editor.getByLabel('Platform').selectOption('facebook_marketplace');
        await editor.getByLabel('Price').fill('140');
        await expect(editor.getByText('Written from the record')).toBeVisible();
        await page.screenshot({ path: shot('listing-text'), animations: 'disabled' });
        await page.keyboard.press('Escape');

        await page.goto('/inventory/import');
        const csv = 'Item,Type,Price Paid\nEVGA 650 G5,PSU,$60\nSATA cables,Other,\nMystery box,Toaster,$5\n';
        await page
          .locator('input[type=file]')
          .setInputFiles({ name: 'haul.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await page.getByRole('button', { name: 'Check the file' }).click();
        await page.getByLabel(/^Skip the 1 row with problems/).check();
        await expect(page.getByRole('region', { name: 'Rows without a cost' })).toBeVisible();
        await page.screenshot({ path: shot('import-choices'), fullPage: true });

        await page.goto('/sales/expenses');
        await page.getByRole('button', { name: 'Add an expense' }).first().click();
        const expense = page.getByRole('dialog', { name: 'Add an expense' });
        await expense.getByLabel('Category').selectOption('mileage');
        await expense.getByLabel('Miles', { exact: true }).fill('42.5');
        await expense.getByLabel('Description').fill('Pickup in Dayton, round trip');
        await expect(expense.getByText(/rounded to the cent/)).toBeVisible();
        await page.screenshot({ path: shot('expense-mileage'), animations: 'disabled' });
        await expense.getByRole('button', { name: 'Add expense' }).click();
        await expect(page.getByRole('row').filter({ hasText: 'Pickup in Dayton' })).toBeVisible();
        await page.screenshot({ path: shot('expenses'), fullPage: true });
      });

      test('deal check: verdict, then bought', async ({ page, request }) => {
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        await page.goto('/deals');
        await page
          .getByLabel('Listing text')
          .fill('Gaming PC i7-8700K GTX 1080 16GB DDR4 500GB SSD 650W gold - $450 obo, works great');
        // The fake model's scripted answers belong to the tests that script them.
        await page.getByRole('checkbox', { name: /Let the assistant improve the reading/ }).uncheck();
        await page.getByRole('button', { name: 'Check this deal' }).click();
        const since = page.getByRole('region', { name: 'Since you checked' });
        await expect(since.getByText(/^Not bought/)).toBeVisible();
        await page.screenshot({ path: shot('deal-check'), fullPage: true });
        await page.getByRole('button', { name: 'Buy it' }).click();
        await expect(since.getByText(/has brought back/)).toBeVisible();
        await page.screenshot({ path: shot('deal-bought'), fullPage: true });
      });

      test('admin users', async ({ page }) => {
        await signInByApi(page, ADMIN);
        await page.goto('/admin');
        await expect(
          page.getByRole('cell', { name: ADMIN.email }).or(page.getByText(ADMIN.email)),
        ).not.toHaveCount(0);
        await page.screenshot({ path: shot('admin'), fullPage: true });
      });

      test('billing and admin console', async ({ page, request }) => {
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        await page.goto('/billing?checkout=cancelled');
        await expect(page.getByRole('heading', { name: 'Free plan' })).toBeVisible();
        await page.screenshot({ path: shot('billing'), fullPage: true });
        await signInByApi(page, ADMIN);
        await page.goto('/admin?tab=audit');
        await expect(page.getByRole('tab', { name: 'Audit log', selected: true })).toBeVisible();
        await expect(page.getByText('Loading the audit log')).toHaveCount(0);
        await page.screenshot({ path: shot('admin-audit'), fullPage: true });
        await page.goto('/admin?tab=system');
        await expect(page.getByText('Migrations applied')).toBeVisible();
        await page.screenshot({ path: shot('admin-system'), fullPage: true });
      });
    });
  }
}
