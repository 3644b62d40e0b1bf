import type { Build, Listing } from '@partwise/shared';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createLot, createPart } from './parts-api';

async function post<T>(page: Page, url: string, data: unknown = {}): Promise<T> {
  const res = await page.request.post(url, { data, headers: { Origin: BASE_URL } });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

const cardTitles = (page: Page) =>
  page.getByRole('region', { name: 'What to do next' }).getByRole('heading', { level: 3 });

test('getting-started cards leave as the account fills up, and the section goes once all is done', async ({
  page,
  request,
}) => {
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);

  await page.goto('/');
  await expect(cardTitles(page)).toHaveText(['Add a part', 'Enter a lot', 'Import a spreadsheet']);

  // A part added through the app: back on the dashboard (no reload) the ways to fill the shelf are done.
  await page.getByRole('link', { name: 'Add a part' }).click();
  await page.getByRole('combobox', { name: 'Name' }).fill('Noctua NH-U12S');
  await page.getByLabel('Category').selectOption('cooler');
  await page.getByLabel('Cost').fill('35');
  await page.getByRole('button', { name: 'Save part' }).click();
  await expect(page).toHaveURL(/\/inventory\/\d+$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(cardTitles(page)).toHaveText(['Enter a lot', 'Plan a build', 'List something']);
  await expect(page.getByText('2 of 6 first steps done')).toBeVisible();

  await createLot(page, {
    name: 'Office PC',
    totalCostCents: 8_000,
    acquiredAt: '2025-05-02',
    parts: [{ name: 'Intel Core i5-8500', category: 'cpu', condition: 'used' }],
  });
  const cpu = await createPart(page, { name: 'AMD Ryzen 5 5600', category: 'cpu', costCents: 8_000 });
  const build = await post<Build>(page, '/api/v1/builds', { name: 'Budget box' });
  await post(page, `/api/v1/builds/${build.id}/parts`, { partId: cpu.id });
  await page.reload();
  await expect(cardTitles(page)).toHaveText(['List something', 'Record a sale']);

  const gpu = await createPart(page, { name: 'RX 580 8GB', category: 'gpu', costCents: 4_500 });
  const listing = await post<Listing>(page, '/api/v1/listings', {
    partId: gpu.id,
    platform: 'ebay',
    title: 'RX 580 8GB',
    priceCents: 9_000,
  });
  await page.reload();
  await expect(cardTitles(page)).toHaveText(['Record a sale']);

  await post(page, `/api/v1/listings/${listing.id}/activate`);
  await post(page, '/api/v1/sales', { listingId: listing.id });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your numbers' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What to do next' })).toHaveCount(0);
});
