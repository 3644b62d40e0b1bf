import { allocateCents, type DealCheck, formatCents } from '@partwise/shared';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';

const money = (cents: number) => formatCents(cents, 'USD', 'en-US');

test.beforeEach(async ({ page, request }) => {
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
});

test('checks a pasted listing, shows the verdict, buys it, and finds its parts in the inventory at their split costs', async ({
  page,
}) => {
  await page.goto('/deals');
  await page
    .getByLabel('Listing text')
    .fill('Gaming PC i7-8700K GTX 1080 16GB DDR4 500GB SSD 650W gold - $450, works great');
  await page.getByRole('button', { name: 'Check this deal' }).click();

  const verdict = page.getByRole('region', { name: 'Deal verdict' });
  await expect(verdict.getByRole('status')).toContainText('Pay at most');
  const table = verdict.getByRole('table', { name: 'Parts found' });
  for (const name of ['Core i7-8700K', 'GTX 1080', '16 GB DDR4', '500 GB SSD', '650 W Gold power supply'])
    await expect(table.getByRole('row', { name: new RegExp(`^${name} `) })).toBeVisible();

  const deals = await page.request.get('/api/v1/deals');
  const [deal] = (await deals.json()).items as DealCheck[];
  if (!deal) throw new Error('the check was not kept');
  expect(deal.askingPriceCents).toBe(45_000);
  await expect(verdict.getByRole('status')).toContainText(money(deal.maxPriceCents));
  await expect(page.getByRole('table', { name: 'Deals you checked' })).toContainText(
    money(deal.maxPriceCents),
  );

  const since = page.getByRole('region', { name: 'Since you checked' });
  await expect(since.getByText(/^Not bought\./)).toBeVisible();
  await expect(verdict.getByLabel('Price paid')).toHaveValue('450.00');
  await verdict.getByRole('button', { name: 'Buy it' }).click();
  await expect(page.getByText(/Bought: lot #\d+ with 5 parts/)).toBeVisible();
  await expect(since.getByText(/has brought back \$0\.00 of the \$450\.00 you paid/)).toBeVisible();
  await since.getByRole('link', { name: /Lot #\d+/ }).click();
  await expect(page).toHaveURL(/\/lots\/\d+$/);

  const lotId = Number(page.url().split('/').pop());
  await page.goto(`/inventory?lotId=${lotId}`);
  const costs = allocateCents(
    45_000,
    deal.items.map((i) => Math.max(1, i.valueCents)),
  );
  const names = deal.items.map((i) => i.catalogName ?? i.name);
  for (const [index, name] of names.entries()) {
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row).toContainText(money(costs[index] ?? -1));
  }
});
