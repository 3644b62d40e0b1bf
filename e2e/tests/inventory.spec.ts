import { parseMoneyToCents } from '@partwise/shared';
import type { Page } from '@playwright/test';
import { confirmIn, expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createPart, findParts, getPart, updatePart } from './parts-api';

// The catalog is imported when the server first starts; its first searches may be slower than the rest.
const CATALOG_TIMEOUT = 20_000;

test.beforeEach(async ({ page, request }) => {
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
});

/** Types into a catalog name field and picks the first suggestion from the keyboard. */
async function pickFromCatalog(page: Page, field: ReturnType<Page['getByRole']>, text: string) {
  await field.fill(text);
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible({
    timeout: CATALOG_TIMEOUT,
  });
  await field.press('ArrowDown');
  await field.press('Enter');
}

test('adds a part picked from the catalog', async ({ page }) => {
  await page.goto('/inventory/new');
  const name = page.getByRole('combobox', { name: 'Name' });
  await pickFromCatalog(page, name, '5600X');

  await expect(name).toHaveValue(/Ryzen 5 5600X/);
  await expect(page.getByLabel('Category')).toHaveValue('cpu');
  await expect(page.getByLabel('Brand')).toHaveValue('AMD');
  await expect(page.getByLabel('Socket')).toHaveValue('AM4');
  await expect(page.getByLabel('Cores')).toHaveValue('6');
  await expect(page.getByText('From the catalog', { exact: true })).toBeVisible();

  await page.getByLabel('Cost').fill('$120.50');
  await page.getByRole('button', { name: 'Save part' }).click();

  await expect(page).toHaveURL(/\/inventory\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Ryzen 5 5600X/);
  await expect(page.getByRole('status').getByText(/added/)).toBeVisible();
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const part = await getPart(page, id);
  expect(part).toMatchObject({ category: 'cpu', costCents: 12050, brand: 'AMD' });
  expect(part.catalogPartId).not.toBeNull();
  expect(part.specs).toMatchObject({ socket: 'AM4', cores: 6 });
});

test('catalog suggestions match spec words, tell kits apart by their specs and list identical ones once', async ({
  page,
}) => {
  await page.goto('/inventory/new');
  const name = page.getByRole('combobox', { name: 'Name' });
  await name.fill('Corsair Vengeance LPX 16GB DDR4 3200');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('16 GB · DDR4-3200 · CL16 · 2 × 8 GB · 6 variants', {
    timeout: CATALOG_TIMEOUT,
  });
  await expect(options.first()).toContainText('from $45.99');
  await expect(options.nth(1)).toContainText('16 GB · DDR4-3200 · CL16 · 1 × 16 GB');
  const texts = await options.allInnerTexts();
  expect(new Set(texts).size).toBe(texts.length);

  // A drive's name lacks its capacity: the suggestion shows it, and typing it finds the drive.
  await name.fill('970 evo plus 1tb');
  await expect(options.first()).toContainText('Samsung 970 Evo Plus');
  await expect(options.first()).toContainText('1 TB · NVMe SSD · M.2-2280');
  await name.press('ArrowDown');
  await name.press('Enter');
  await expect(page.getByLabel('Category')).toHaveValue('storage');
});

test('shows field errors as you type and keeps what was typed', async ({ page }) => {
  await page.goto('/inventory/new');
  const cost = page.getByLabel('Cost');
  await cost.fill('twelve');
  await cost.blur();
  await expect(page.getByText('Cost must be an amount')).toBeVisible();
  await page.getByRole('button', { name: 'Save part' }).click();
  await expect(page.getByText('Name is required')).toBeVisible();
  await expect(cost).toHaveValue('twelve');
});

test('enters a lot of three parts whose costs add up to the total', async ({ page }) => {
  await page.goto('/lots/new');
  await page.getByLabel('Lot name').fill('Office PC from Craigslist');
  await page.getByLabel('Total price').fill('100');

  await pickFromCatalog(page, page.getByRole('combobox', { name: 'Part 1 name' }), '5600X');
  await page.keyboard.press('Enter');
  const second = page.getByRole('combobox', { name: 'Part 2 name' });
  await expect(second).toBeFocused();
  await pickFromCatalog(page, second, '3070');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Part 3 name' }).fill('Corsair 4000D case');
  await page.getByLabel('Part 3 category').selectOption('case');

  // $100 in three equal shares: the leftover cent goes to the first part, as the server splits it.
  const costs: number[] = [];
  for (const n of [1, 2, 3]) {
    const text = (await page.getByLabel(`Part ${n} cost`).textContent()) ?? '';
    costs.push(parseMoneyToCents(text) ?? Number.NaN);
  }
  expect(costs).toEqual([3334, 3333, 3333]);
  expect(costs.reduce((a, b) => a + b, 0)).toBe(10_000);

  await page.getByRole('button', { name: 'Save lot' }).click();
  await expect(page).toHaveURL(/\/lots\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Office PC from Craigslist');
  const rows = page.getByRole('table', { name: 'Parts in this lot' }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  const saved = await rows.locator('td[data-label="Cost"]').allTextContents();
  expect(saved.map((t) => parseMoneyToCents(t))).toEqual([3334, 3333, 3333]);
});

test('imports a CSV after checking it', async ({ page }) => {
  await page.goto('/inventory/import');
  const csv = [
    'Item,Type,Price Paid,Date Bought,Where',
    'EVGA SuperNOVA 650 G5,PSU,"$1,234.56",6/15/2025,ebay',
    'Samsung 970 EVO Plus 1TB,SSD,$45.00,6/16/2025,craigslist',
    'Crucial Ballistix 16GB,RAM,$30,6/17/2025,offerup',
  ].join('\n');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'my-sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  await expect(page.getByText('my-sheet.csv')).toBeVisible();
  await expect(page.getByLabel('Column for Name')).toHaveValue('Item');
  await expect(page.getByLabel('Column for Cost')).toHaveValue('Price Paid');
  await expect(page.getByLabel('Column for Date acquired')).toHaveValue('Date Bought');
  await page.getByRole('button', { name: 'Check the file' }).click();

  await expect(page.getByText('Every row can be read.')).toBeVisible();
  await page.getByRole('button', { name: 'Import 3 parts' }).click();
  await expect(page.getByRole('heading', { name: '3 parts imported' })).toBeVisible();

  await page.getByRole('link', { name: /See them in your inventory/ }).click();
  await expect(page.getByRole('link', { name: 'EVGA SuperNOVA 650 G5' })).toBeVisible();
  const [psu] = await findParts(page, 'EVGA SuperNOVA');
  expect(psu).toMatchObject({
    category: 'psu',
    costCents: 123_456,
    acquiredAt: '2025-06-15',
    source: 'ebay',
  });
});

test('finds a part with the search box and a filter kept in the URL', async ({ page }) => {
  const eagle = await createPart(page, {
    name: 'Gigabyte RTX 3060 Eagle',
    category: 'gpu',
    costCents: 18_000,
  });
  await createPart(page, { name: 'MSI RTX 3060 Ventus', category: 'gpu', costCents: 17_000 });
  await createPart(page, { name: 'Intel Core i5-12400F', category: 'cpu', costCents: 9_000 });
  await updatePart(page, eagle.id, { status: 'testing' });

  await page.goto('/inventory');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await page.getByRole('searchbox', { name: 'Search parts' }).fill('3060');
  await expect(page).toHaveURL(/q=3060/);
  await expect(rows).toHaveCount(2);

  await page.getByText('Status: All').click();
  await page.getByRole('checkbox', { name: 'Testing' }).check();
  await expect(page.getByRole('checkbox', { name: 'Testing' })).toBeChecked();
  await expect(page).toHaveURL(/status=testing/);
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Gigabyte RTX 3060 Eagle' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search parts' })).toHaveValue('3060');
  await expect(rows).toHaveCount(1);

  await page.getByRole('searchbox', { name: 'Search parts' }).fill('nothing like this');
  await expect(page.getByText('No parts match')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(rows).toHaveCount(3);
  await expect(page).toHaveURL(/\/inventory$/);
});

test('archives two parts at once', async ({ page }) => {
  const a = await createPart(page, { name: 'Old GTX 970', category: 'gpu', costCents: 4_000 });
  const b = await createPart(page, { name: 'Old i7-4770', category: 'cpu', costCents: 2_500 });
  const keep = await createPart(page, { name: 'Ryzen 7 5800X3D', category: 'cpu', costCents: 25_000 });

  await page.goto('/inventory');
  await page.getByRole('checkbox', { name: 'Select Old GTX 970' }).check();
  await page.getByRole('checkbox', { name: 'Select Old i7-4770' }).check();
  await expect(page.getByText('2 parts selected')).toBeVisible();
  await page.getByRole('region', { name: 'Selected parts' }).getByRole('button', { name: 'Archive' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archive 2 parts?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Archive' }).click();

  await expect(page.getByRole('status').getByText('2 parts archived')).toBeVisible();
  await expect(page.getByText('2 parts selected')).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Status of Old GTX 970' })).toHaveValue('archived');
  expect((await getPart(page, a.id)).status).toBe('archived');
  expect((await getPart(page, b.id)).status).toBe('archived');
  expect((await getPart(page, keep.id)).status).toBe('in_stock');

  // The toast puts them back as they were.
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').getByText('2 parts back as they were')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status of Old GTX 970' })).toHaveValue('in_stock');
  expect((await getPart(page, a.id)).status).toBe('in_stock');
  expect((await getPart(page, b.id)).status).toBe('in_stock');
});

test('archives a part from its page, and the toast undoes it', async ({ page }) => {
  const part = await createPart(page, {
    name: 'GTX 1060 for RMA',
    category: 'gpu',
    costCents: 6_000,
    status: 'testing',
  });
  await page.goto(`/inventory/${part.id}`);
  await page.getByRole('button', { name: 'Archive' }).click();
  await confirmIn(page, `Archive “${part.name}”?`, 'Archive');
  await expect(page.getByText(`“${part.name}” archived`)).toBeVisible();
  expect((await getPart(page, part.id)).status).toBe('archived');

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`“${part.name}” is testing again`)).toBeVisible();
  expect((await getPart(page, part.id)).status).toBe('testing');
});
