import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PartCreate } from '@partwise/shared';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createPart, getPart } from './parts-api';

const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

/** A complete AM5 build in stock, a cheaper drive for an alternative, and an AM4 board that fits nothing. */
const STOCK: PartCreate[] = [
  {
    name: 'AMD Ryzen 5 7600X',
    category: 'cpu',
    specs: { socket: 'AM5', integratedGraphics: true },
    costCents: 10_000,
    expectedPriceCents: 15_000,
  },
  {
    name: 'Asus PRIME B650-PLUS',
    category: 'motherboard',
    specs: { socket: 'AM5', memoryType: 'DDR5', formFactor: 'ATX' },
    costCents: 8_000,
    expectedPriceCents: 10_000,
  },
  {
    name: 'MSI B550 TOMAHAWK',
    category: 'motherboard',
    specs: { socket: 'AM4', memoryType: 'DDR4', formFactor: 'ATX' },
    costCents: 1_000,
    expectedPriceCents: 20_000,
  },
  {
    name: 'Corsair Vengeance 32 GB DDR5',
    category: 'memory',
    specs: { memoryType: 'DDR5', modules: 2, moduleGb: 16 },
    costCents: 5_000,
    expectedPriceCents: 7_000,
  },
  { name: 'Samsung 990 Pro', category: 'storage', specs: {}, costCents: 3_000, expectedPriceCents: 4_000 },
  { name: 'Crucial P3 Plus', category: 'storage', specs: {}, costCents: 1_000, expectedPriceCents: 1_200 },
  { name: 'MSI GeForce RTX 3060', category: 'gpu', specs: {}, costCents: 20_000, expectedPriceCents: 26_000 },
  {
    name: 'MSI MAG A650BN',
    category: 'psu',
    specs: { wattageW: 650 },
    costCents: 4_000,
    expectedPriceCents: 5_000,
  },
  { name: 'Corsair 4000D Airflow', category: 'case', specs: {}, costCents: 5_000, expectedPriceCents: 5_500 },
  {
    name: 'Cooler Master Hyper 212',
    category: 'cooler',
    specs: {},
    costCents: 2_000,
    expectedPriceCents: 2_500,
  },
];

test('suggest a build from stock, accept the best option, and land on the new build with its parts', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
  const parts = [];
  for (const body of STOCK) parts.push(await createPart(page, body));

  await page.goto('/builds');
  await page.getByRole('button', { name: 'Suggest a build' }).click();
  const dialog = page.getByRole('dialog', { name: 'Suggest a build' });
  await dialog.getByLabel('What to build').fill('Gaming PC to sell around $900 using my RTX 3060');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SHOTS, 'build-suggestions-request-light-390.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await dialog.getByRole('button', { name: 'Suggest builds' }).click();

  await expect(dialog.getByText('sell for about $900.00')).toBeVisible();
  const best = dialog.getByRole('article', { name: 'Option 1' });
  await expect(best).toContainText('+$180.00');
  await expect(best).toContainText('From stock (8)');
  await expect(best).not.toContainText('MSI B550 TOMAHAWK');
  await expect(dialog.getByRole('article', { name: 'Option 2' })).toContainText('Crucial P3 Plus');

  for (const [theme, width, height] of [
    ['light', 1280, 800],
    ['dark', 1280, 800],
    ['light', 390, 844],
    ['dark', 390, 844],
  ] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(SHOTS, `build-suggestions-${theme}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  await best.getByRole('button', { name: 'Build option 1' }).click();
  await expect(page).toHaveURL(/\/builds\/\d+$/);
  await expect(page.getByRole('heading', { name: /Suggested build/ })).toBeVisible();
  await expect(page.getByText('AMD Ryzen 5 7600X').first()).toBeVisible();
  await expect(page.getByText('MSI GeForce RTX 3060').first()).toBeVisible();
  const cpu = parts[0];
  if (cpu) expect((await getPart(page, cpu.id)).status).toBe('in_build');
});
