import { DEFAULT_FEES, estimateFeesCents, formatCents } from '@partwise/shared';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { seedBuild } from './seed-sales';

const money = (cents: number) => formatCents(cents, 'USD', 'en-US');

test('list a build on two platforms, sell it on one: the other ends and the ledger shows the profit', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
  const { build, cogsCents } = await seedBuild(page);

  // List it twice from the build page: eBay at the asking price, Facebook Marketplace at the target price.
  await page.goto(`/builds/${build.id}`);
  await page.getByRole('button', { name: 'List it' }).click();
  const editor = page.getByRole('dialog', { name: `List “${build.name}”` });
  // Written from the record: the build's CPU and graphics card (the seed gives no memory or storage).
  await expect(editor.getByLabel('Title')).toHaveValue('Gaming PC | Ryzen 5 5600 | EVGA RTX 2070 Super');
  await expect(editor.getByLabel('Price')).toHaveValue('650.00');
  await editor.getByLabel('Price').fill('700');
  const ebayFees = estimateFeesCents(70_000, DEFAULT_FEES.ebay.shipped);
  await expect(editor.getByTestId('estimated-net')).toHaveText(money(70_000 - ebayFees));
  await expect(editor.getByText(/Title \d+ of 80 characters/)).toBeVisible();
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor).toBeHidden();

  await page.getByRole('button', { name: 'List it' }).click();
  await editor.getByLabel('Platform').selectOption('facebook_marketplace');
  // Marketplace sales are picked up by default: no fee. Shipped, they pay the shipped-sale fee.
  await expect(editor.getByRole('radio', { name: 'Local pickup' })).toBeChecked();
  await expect(editor.getByTestId('estimated-net')).toHaveText(money(65_000));
  await editor.getByText('Shipped', { exact: true }).click();
  await expect(editor.getByTestId('estimated-net')).toHaveText(
    money(65_000 - estimateFeesCents(65_000, DEFAULT_FEES.facebook_marketplace.shipped)),
  );
  await editor.getByText('Local pickup', { exact: true }).click();
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor).toBeHidden();

  // Both drafts on the listings page; activate them.
  await page.goto('/listings');
  const title = 'Gaming PC | Ryzen 5 5600 | EVGA RTX 2070 Super';
  const ebay = `${title} on eBay`;
  const facebook = `${title} on Facebook Marketplace`;
  await page.getByRole('button', { name: `Activate ${ebay}` }).click();
  await expect(page.getByRole('button', { name: `End ${ebay}` })).toBeVisible();
  await page.getByRole('button', { name: `Activate ${facebook}` }).click();
  await expect(page.getByRole('button', { name: `End ${facebook}` })).toBeVisible();

  // Sell it on eBay: price and fees filled in from the listing and the eBay preset.
  await page.getByRole('button', { name: `Mark as sold: ${ebay}` }).click();
  const sold = page.getByRole('dialog', { name: `Mark “${build.name}” as sold` });
  await expect(sold.getByLabel('Price')).toHaveValue('700.00');
  await expect(sold.getByLabel('Platform')).toHaveValue('ebay');
  await expect(sold.getByLabel('Fees')).toHaveValue((ebayFees / 100).toFixed(2));
  const shippingCents = 4_550;
  await sold.getByLabel('Shipping').fill('45.50');
  const profit = 70_000 - ebayFees - shippingCents - cogsCents;
  await expect(sold.getByTestId('profit-preview')).toHaveText(money(profit));
  await sold.getByRole('button', { name: 'Mark as sold' }).click();
  await expect(page.getByText(`Sold “${build.name}”: profit ${money(profit)}`)).toBeVisible();

  // The other listing ended with the sale; the sold one left the open listings.
  await expect(page.getByRole('button', { name: `End ${facebook}` })).toBeHidden();
  await page.getByLabel('Show').selectOption('ended');
  await expect(page).toHaveURL(/status=ended/);
  await expect(page.getByRole('row').filter({ hasText: 'Facebook Marketplace' })).toContainText('Ended');

  // The ledger: one sale at the expected profit, and the totals agree.
  await page.goto('/sales');
  const row = page.getByRole('row').filter({ hasText: build.name });
  await expect(row).toContainText('eBay');
  await expect(row).toContainText(money(profit));
  await expect(page.getByTestId('total-profit')).toHaveText(money(profit));

  // This month's P&L carries the same profit (no expenses yet).
  await page.getByRole('link', { name: 'Profit and loss' }).click();
  await expect(page.getByTestId('net-profit')).toHaveText(money(profit));
});
