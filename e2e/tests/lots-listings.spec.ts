import {
  DEFAULT_FEES,
  estimateFeesCents,
  formatCents,
  irsMileageRate,
  type LotWithParts,
  mileageAmountCents,
  type Sale,
} from '@partwise/shared';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../env';
import { confirmIn, expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createLot, createPart } from './parts-api';

const money = (cents: number) => formatCents(cents, 'USD', 'en-US');

test.beforeEach(async ({ page, request }) => {
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
});

async function post<T>(page: Page, url: string, data: unknown): Promise<T> {
  const res = await page.request.post(url, { data, headers: { Origin: BASE_URL } });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

const usedPc = (page: Page) =>
  createLot(page, {
    name: 'Used gaming PC',
    totalCostCents: 45_000,
    acquiredAt: '2025-09-14',
    source: 'facebook_marketplace',
    parts: [
      { name: 'RTX 2070 Super', category: 'gpu', weight: 2 },
      { name: 'Ryzen 7 3700X', category: 'cpu' },
      { name: 'B450 Tomahawk', category: 'motherboard' },
    ],
  });

test('edits a lot: a new price and weight split again to the cent, with history; what it brought back', async ({
  page,
}) => {
  const lot: LotWithParts = await usedPc(page);
  await page.goto(`/lots/${lot.id}`);
  await expect(page.getByTestId('lot-brought-back')).toHaveText(money(0));
  await expect(page.getByTestId('lot-return')).toHaveText(`-${money(45_000)}`);

  await page.getByRole('button', { name: 'Edit lot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit “Used gaming PC”' });
  await dialog.getByLabel('Total price').fill('400.01');
  await dialog.getByLabel('B450 Tomahawk weight').fill('2');
  // 400.01 by 2:1:2: 160.004, 80.002, 160.004 → the spare cent to the first of the largest remainders.
  await expect(dialog.getByLabel('RTX 2070 Super new cost')).toContainText(money(16_001));
  await expect(dialog.getByLabel('Ryzen 7 3700X new cost')).toContainText(money(8_000));
  await expect(dialog.getByLabel('B450 Tomahawk new cost')).toContainText(money(16_000));
  await expect(dialog.getByTestId('lot-edit-split')).toContainText(money(40_001));
  await dialog.getByRole('button', { name: 'Save lot' }).click();
  await expect(page.getByText(`“Used gaming PC” saved: ${money(40_001)} across 3 parts`)).toBeVisible();

  const costs = page.getByRole('table', { name: 'Parts in this lot' }).locator('td[data-label="Cost"]');
  await expect(costs).toHaveText([money(16_001), money(8_000), money(16_000)]);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(`Total price: ${money(45_000)} → ${money(40_001)}`);
  await expect(history).toContainText('Weights: 2 : 1 : 1 → 2 : 1 : 2');

  // The graphics card sells: the lot page shows what it brought back, and a sold part blocks deleting the lot.
  const gpu = lot.parts[0];
  const sale = await post<Sale>(page, '/api/v1/sales', {
    partId: gpu?.id,
    priceCents: 30_000,
    platform: 'ebay',
    shippingCents: 1_500,
    soldAt: '2025-10-01',
  });
  const net = 30_000 - sale.feesCents - 1_500;
  await page.reload();
  await expect(page.getByTestId('lot-brought-back')).toHaveText(money(net));
  await expect(page.getByTestId('lot-profit')).toHaveText(`+${money(net - 16_001)}`);
  await expect(page.getByRole('list', { name: 'Sales of its parts' })).toContainText('RTX 2070 Super');
  await page.getByRole('button', { name: 'Delete lot' }).click();
  await expect(page.getByRole('dialog')).toContainText(
    '“RTX 2070 Super” is sold, so this lot cannot be deleted',
  );
});

test('deletes a lot after asking what happens to its parts', async ({ page }) => {
  const lot = await usedPc(page);
  await page.goto(`/lots/${lot.id}`);
  await page.getByRole('button', { name: 'Delete lot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Used gaming PC”?' });
  const confirm = dialog.getByRole('button', { name: 'Delete the lot' });
  await expect(confirm).toBeDisabled();
  await dialog.getByText('Keep its 3 parts').click();
  await confirm.click();
  await expect(page.getByText('“Used gaming PC” deleted; its 3 parts stay in your inventory')).toBeVisible();
  await expect(page).toHaveURL(/\/lots$/);
  await page.goto('/inventory');
  await expect(page.getByRole('link', { name: 'RTX 2070 Super' })).toBeVisible();
});

test('writes the listing text from the record, carries it to another platform, and prices the fee by delivery', async ({
  page,
}) => {
  const ram = await createPart(page, {
    name: 'Corsair Vengeance LPX 16 GB',
    category: 'memory',
    brand: 'Corsair',
    grade: 5,
    costCents: 2_500,
    notes: 'MemTest86 4 passes, no errors',
    specs: { memoryType: 'DDR4', speedMts: 3200, modules: 2, moduleGb: 8, totalGb: 16, casLatency: 16 },
  });
  await page.goto(`/inventory/${ram.id}`);
  await page.getByRole('button', { name: 'List it' }).click();
  const editor = page.getByRole('dialog', { name: `List “${ram.name}”` });
  await expect(editor.getByLabel('Title')).toHaveValue(
    'Corsair Vengeance LPX 16 GB DDR4 3200MHz CL16 (2x8GB)',
  );
  await expect(editor.getByLabel('Description')).toHaveValue(/- Speed: 3200 MT\/s/);
  await expect(editor.getByLabel('Description')).toHaveValue(/Condition: Used, grade 5 of 5/);
  await expect(editor.getByLabel('Description')).toHaveValue(/MemTest86 4 passes/);
  await expect(editor.getByText('Written from the record')).toBeVisible();
  await editor.getByLabel('Price').fill('45');
  await expect(editor.getByTestId('listing-text')).toContainText('Price: $45.00');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor).toBeHidden();

  // On Craigslist the same words, picked up in person: no fee.
  await page.getByRole('button', { name: 'List it' }).click();
  await expect(editor.getByText('Carried over from your listing on eBay.')).toBeVisible();
  await editor.getByLabel('Platform').selectOption('craigslist');
  await expect(editor.getByLabel('Title')).toHaveValue(
    'Corsair Vengeance LPX 16 GB DDR4 3200MHz CL16 (2x8GB)',
  );
  await expect(editor.getByText(/Title 53 of 70 characters/)).toBeVisible();
  await editor.getByLabel('Price').fill('40');
  await expect(editor.getByTestId('estimated-fees')).toHaveText(money(0));
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor).toBeHidden();

  // Sold through Marketplace and shipped: the shipped-sale fee; picked up: nothing.
  await page.getByRole('button', { name: 'Mark as sold' }).click();
  const sold = page.getByRole('dialog', { name: `Mark “${ram.name}” as sold` });
  await sold.getByLabel('Platform').selectOption('facebook_marketplace');
  await sold.getByLabel('Price').fill('50');
  await expect(sold.getByRole('radio', { name: 'Local pickup' })).toBeChecked();
  await expect(sold.getByLabel('Fees')).toHaveValue('0.00');
  await sold.getByText('Shipped', { exact: true }).click();
  const fee = estimateFeesCents(5_000, DEFAULT_FEES.facebook_marketplace.shipped);
  await expect(sold.getByLabel('Fees')).toHaveValue((fee / 100).toFixed(2));
  await sold.getByRole('button', { name: 'Mark as sold' }).click();
  await expect(page.getByText(`Sold “${ram.name}”: profit ${money(5_000 - fee - 2_500)}`)).toBeVisible();
});

test('imports a spreadsheet with a blank cost and a bad row only as the user chooses', async ({ page }) => {
  await page.goto('/inventory/import');
  const csv = [
    'Item,Type,Price Paid',
    'EVGA SuperNOVA 650 G5,PSU,$60',
    'SATA cables,Other,',
    'Mystery box,Toaster,$5',
  ].join('\n');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'haul.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the file' }).click();

  const blank = page.getByRole('region', { name: 'Rows without a cost' });
  await expect(blank).toContainText('Row 3');
  await expect(blank).toContainText('cost is blank: it would be imported as $0.00');
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText(
    '"Toaster" is not a known category',
  );
  await expect(page.getByRole('button', { name: 'Import 1 part' })).toBeDisabled();

  await page.getByLabel('Skip the 1 row with problems and import the rest').check();
  await expect(page.getByRole('button', { name: 'Import 1 part' })).toBeEnabled();
  await page.getByLabel('Import it at $0.00').check();
  await page.getByRole('button', { name: 'Import 2 parts' }).click();
  await expect(page.getByRole('heading', { name: '2 parts imported' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Rows left out' })).toContainText('Row 4, with problems');
});

test('records a mileage expense in miles at the year’s rate', async ({ page }) => {
  await page.goto('/sales/expenses');
  await page.getByRole('button', { name: 'Add an expense' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add an expense' });
  await dialog.getByLabel('Category').selectOption('mileage');
  await dialog.getByLabel('Miles', { exact: true }).fill('12.3');
  const today = await dialog.getByLabel('Date').inputValue();
  const rate = irsMileageRate(today).ratePerMileTenthCents;
  const amount = mileageAmountCents(123, rate);
  await expect(dialog.getByText(`: ${money(amount)} (rounded to the cent)`)).toBeVisible();
  await dialog.getByLabel('Description').fill('Pickup in Dayton, round trip');
  await dialog.getByRole('button', { name: 'Add expense' }).click();
  await expect(page.getByText(`Expense added: 12.3 mi, ${money(amount)}`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Pickup in Dayton' });
  await expect(row).toContainText(money(amount));
  await expect(row).toContainText('12.3 mi at');

  // Deleted by mistake: the toast's Undo enters it again, miles and all.
  await row.getByRole('button', { name: 'Delete Pickup in Dayton, round trip' }).click();
  await confirmIn(page, 'Delete “Pickup in Dayton, round trip”?', 'Delete');
  await expect(row).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Expense restored')).toBeVisible();
  await expect(row).toContainText(money(amount));
  await expect(row).toContainText('12.3 mi at');

  // The Account page says where the rate comes from, and takes the user's own.
  await page.goto('/account');
  const year = today.slice(0, 4);
  await expect(page.getByRole('region', { name: 'Mileage rate' })).toContainText('irs.gov');
  await page.getByLabel(`Mileage rate for ${year}, cents a mile`).fill('70');
  await page.getByRole('button', { name: `Save the mileage rate for ${year}` }).click();
  await expect(page.getByText(`Mileage rate for ${year} saved`)).toBeVisible();
});
