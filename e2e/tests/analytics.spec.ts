import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Sale } from '@partwise/shared';
import type { Page } from '@playwright/test';
import { ADMIN, BASE_URL } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createPart } from './parts-api';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

const pad = (n: number) => String(n).padStart(2, '0');
/** The first of the month `back` months before today's (UTC: the account's zone when none is given). */
function firstOfMonth(back: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-01`;
}
const today = () => new Date().toISOString().slice(0, 10);

async function sell(page: Page, body: Record<string, unknown>): Promise<Sale> {
  const res = await page.request.post('/api/v1/sales', { data: body, headers: { Origin: BASE_URL } });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as Sale;
}

/** One sale in each of the last three months (this one included), and a part still on the shelf. */
async function seedThreeMonths(page: Page) {
  const sales = [
    {
      name: 'Intel Core i7-8700K',
      category: 'cpu',
      cost: 9_000,
      price: 14_000,
      fees: 1_800,
      platform: 'ebay',
      back: 2,
    },
    {
      name: 'EVGA RTX 3060 XC',
      category: 'gpu',
      cost: 18_000,
      price: 25_000,
      fees: 0,
      platform: 'facebook_marketplace',
      back: 1,
    },
    {
      name: 'Corsair RM750x',
      category: 'psu',
      cost: 4_000,
      price: 7_000,
      fees: 0,
      platform: 'local',
      back: 0,
    },
  ] as const;
  for (const s of sales) {
    const soldAt = firstOfMonth(s.back);
    const part = await createPart(page, {
      name: s.name,
      category: s.category,
      costCents: s.cost,
      acquiredAt: firstOfMonth(s.back + 1),
    });
    await sell(page, {
      partId: part.id,
      priceCents: s.price,
      feesCents: s.fees,
      platform: s.platform,
      soldAt,
    });
  }
  await createPart(page, {
    name: 'Noctua NH-D15',
    category: 'cooler',
    costCents: 5_500,
    acquiredAt: firstOfMonth(3),
  });
}

test('analytics: three months of sales by month, the CSV of the chart, and the tax-year report', async ({
  page,
  request,
}) => {
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
  await seedThreeMonths(page);

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
  await expect(page.getByRole('heading', { name: 'Analytics' })).toBeVisible();

  await page.getByLabel('Period').selectOption('custom');
  await page.getByLabel('From', { exact: true }).fill(firstOfMonth(2));
  await page.getByLabel('To', { exact: true }).fill(today());
  await page.getByText('Month', { exact: true }).click();
  await expect(page).toHaveURL(/g=month/);

  const profit = page.getByRole('region', { name: 'Profit and revenue' });
  const rows = profit.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  // Revenue, then net profit: $140 − $18 fees − $90 cost; $250 − $180; $70 − $40.
  await expect(rows.nth(1)).toContainText('$140.00');
  await expect(rows.nth(1)).toContainText('$32.00');
  await expect(rows.nth(2)).toContainText('$70.00');
  await expect(rows.nth(3)).toContainText('$30.00');
  await expect(page.getByRole('region', { name: 'Sales by platform' })).toContainText('Facebook Marketplace');
  await expect(page.getByRole('region', { name: 'Unsold stock by age' })).toContainText('$55.00');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    profit.getByRole('button', { name: /CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`profit-${firstOfMonth(2)}-${today()}-by-month.csv`);
  const csv = (await readFile(await download.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(csv).toHaveLength(4);
  expect(csv[0]).toContain('Period,From,To,Sales,Revenue');
  expect(csv[1]).toContain(`${firstOfMonth(2).slice(0, 7)},`);
  expect(csv[1]).toContain(',140.00,18.00,');
  expect(csv[3]).toContain(',70.00,');

  await page.getByText('Week', { exact: true }).click();
  await expect(page).toHaveURL(/g=week/);
  await expect(rows.nth(1)).toContainText(/\d{4}-W\d{2}/);

  await page.getByRole('link', { name: 'Tax-year report' }).click();
  await expect(page.getByRole('heading', { name: 'Reports' })).toBeVisible();
  const year = firstOfMonth(2).slice(0, 4);
  await page.getByLabel('Tax year').selectOption(year);
  const inYear = (['2', '1', '0'] as const).filter((back) => firstOfMonth(Number(back)).startsWith(year));
  const receipts = [14_000, 25_000, 7_000].slice(0, inYear.length).reduce((a, b) => a + b, 0);
  const profitRegion = page.getByRole('region', { name: /^Profit, / });
  await expect(profitRegion).toContainText(
    `$${(receipts / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`,
  );
  await expect(page.getByRole('region', { name: 'Cost of goods sold, two ways' })).toBeVisible();
  const csvLink = page.getByRole('link', { name: `Every sale of ${year} (CSV)` });
  await expect(csvLink).toHaveAttribute('href', `/api/v1/reports/tax-year.csv?year=${year}`);
  const taxCsv = await page.request.get(`/api/v1/reports/tax-year.csv?year=${year}`);
  expect(taxCsv.status()).toBe(200);
  expect((await taxCsv.text()).trim().split('\n')).toHaveLength(inYear.length + 1);
});

test('admin analytics: platform numbers and a job run on demand', async ({ page }) => {
  await signInByApi(page, ADMIN);
  await page.goto('/admin');
  await page.getByRole('tab', { name: 'Analytics' }).click();
  await expect(page).toHaveURL(/tab=analytics/);
  const numbers = page.getByRole('region', { name: 'Platform numbers' });
  await expect(numbers.getByText('Users', { exact: true })).toBeVisible();
  await expect(numbers.getByText('Parts tracked')).toBeVisible();
  // Last 30 days by default: a row per day under the chart (and the header).
  const perDay = page.getByRole('region', { name: 'Sales and users per day' });
  await expect(perDay.getByRole('img', { name: /Sales, active users and sign-ups per day/ })).toBeVisible();
  await expect(perDay.getByRole('row')).toHaveCount(31);
  const jobs = page.getByRole('region', { name: 'Scheduled jobs' });
  await jobs.getByRole('button', { name: 'Run now reconcile-analytics' }).click();
  await expect(jobs.getByRole('table', { name: 'Latest job runs' })).toContainText('reconcile-analytics');
  await expect(jobs.getByRole('table', { name: 'Latest job runs' })).toContainText('ok');
});

for (const theme of ['light', 'dark'] as const) {
  for (const [device, viewport] of Object.entries({
    desktop: { width: 1280, height: 800 },
    phone: { width: 390, height: 844 },
  })) {
    test.describe(`${theme} ${device}`, () => {
      test.use({ colorScheme: theme, viewport });
      test('analytics, reports and dashboard pictures', async ({ page, request }) => {
        const account = newAccount();
        await signUpByApi(request, account);
        await signInByApi(page, account);
        await seedThreeMonths(page);
        const shot = (name: string) => path.join(OUT, `${name}-${theme}-${device}.png`);
        await page.goto(`/analytics?range=custom&from=${firstOfMonth(2)}&to=${today()}&g=month`);
        await expect(page.getByRole('region', { name: 'Profit and revenue' }).getByRole('row')).toHaveCount(
          4,
        );
        await expect(page.getByRole('region', { name: 'Sales by category' }).getByRole('row')).toHaveCount(4);
        await page.screenshot({ path: shot('analytics'), fullPage: true });
        await page.goto(`/reports?year=${firstOfMonth(0).slice(0, 4)}`);
        await expect(page.getByRole('region', { name: 'Cost of goods sold, two ways' })).toBeVisible();
        await page.screenshot({ path: shot('reports'), fullPage: true });
        await page.goto('/');
        await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();
        const oldest = page.getByRole('region', { name: 'Sitting longest' });
        await expect(oldest.getByRole('link', { name: 'Noctua NH-D15' })).toHaveAttribute(
          'href',
          /\/inventory\/\d+$/,
        );
        await expect(page.getByRole('region', { name: 'Profit, last 90 days' })).toContainText('$');
        await expect(page.getByRole('region', { name: 'This month against last' })).toContainText('$30.00');
        await page.screenshot({ path: shot('dashboard-numbers'), fullPage: true });
        await signInByApi(page, ADMIN);
        await page.goto('/admin?tab=analytics');
        await expect(page.getByRole('region', { name: 'Scheduled jobs' })).toBeVisible();
        await expect(page.getByRole('region', { name: 'Platform numbers' })).toBeVisible();
        await expect(page.getByRole('region', { name: 'Sales and users per day' })).toBeVisible();
        await page.screenshot({ path: shot('admin-analytics'), fullPage: true });
      });
    });
  }
}
