import { readFileSync } from 'node:fs';
import { formatCents, parseCsv, type Sale } from '@partwise/shared';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createPart } from './parts-api';

const money = (cents: number) => formatCents(cents, 'USD', 'en-US');

async function sell(page: Page, data: object): Promise<Sale> {
  const res = await page.request.post('/api/v1/sales', { data, headers: { Origin: BASE_URL } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Sale;
}

// The date before the part was bought is refused by the server on purpose (400): the browser logs it.
test.use({ expectedStatuses: [400] });

test('corrects a sale’s date, voids another: the ledger, the P&L and the CSV follow', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
  const me = await (await page.request.get('/api/v1/me')).json();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: me.timezone }).format(new Date());
  const monthStart = `${today.slice(0, 8)}01`;
  const thisMonth = `/sales/pnl?range=custom&from=${monthStart}&to=${today}`;

  const gpu = await createPart(page, {
    name: 'RTX 3060 Ti',
    category: 'gpu',
    costCents: 20_000,
    acquiredAt: '2026-01-05',
  });
  const cpu = await createPart(page, {
    name: 'Ryzen 5 5600',
    category: 'cpu',
    costCents: 8_000,
    acquiredAt: '2026-01-05',
  });
  // A sale typed with this month's date instead of February's, and one recorded twice by mistake.
  const typo = await sell(page, { partId: gpu.id, priceCents: 30_000, feesCents: 0, platform: 'local' });
  const mistake = await sell(page, { partId: cpu.id, priceCents: 12_000, feesCents: 0, platform: 'local' });

  await page.goto(thisMonth);
  await expect(page.getByTestId('net-profit')).toHaveText(money(10_000 + 4_000));

  // Correct the date from the sale page, reached from the ledger.
  await page.goto('/sales');
  await page.getByRole('link', { name: 'RTX 3060 Ti' }).click();
  await expect(page).toHaveURL(new RegExp(`/sales/${typo.id}$`));
  await page.getByRole('button', { name: 'Correct' }).click();
  const edit = page.getByRole('dialog', { name: 'Correct the sale of “RTX 3060 Ti”' });
  await edit.getByLabel('Sold on').fill('2026-02-10');
  await edit.getByRole('button', { name: 'Save correction' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(/^Sale corrected/)).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText(/Sale date/)).toBeVisible();

  // A date before the part was bought is refused with a clear message next to the field.
  await page.getByRole('button', { name: 'Correct' }).click();
  await edit.getByLabel('Sold on').fill('2020-02-10');
  await edit.getByRole('button', { name: 'Save correction' }).click();
  await expect(edit.getByText(/when “RTX 3060 Ti” was acquired/)).toBeVisible();
  await edit.getByRole('button', { name: 'Cancel' }).click();

  // Void the sale recorded by mistake.
  await page.goto(`/sales/${mistake.id}`);
  await page.getByRole('button', { name: 'Void' }).click();
  const voiding = page.getByRole('dialog', { name: 'Void the sale of “Ryzen 5 5600”?' });
  await voiding.getByLabel('Reason').fill('Entered twice');
  await voiding.getByRole('button', { name: 'Void sale' }).click();
  await expect(voiding).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '“Entered twice”' })).toBeVisible();
  const back = await (await page.request.get(`/api/v1/parts/${cpu.id}`)).json();
  expect(back.status).toBe('in_stock');

  // The ledger holds only the corrected sale; this month's P&L is empty, February's has it.
  await page.goto('/sales');
  await expect(page.getByRole('link', { name: 'Ryzen 5 5600' })).toHaveCount(0);
  await expect(page.getByTestId('total-profit')).toHaveText(money(10_000));
  await page.goto(thisMonth);
  await expect(page.getByTestId('net-profit')).toHaveText(money(0));
  await page.goto('/sales/pnl?range=custom&from=2026-02-01&to=2026-02-28');
  await expect(page.getByTestId('net-profit')).toHaveText(money(10_000));

  // The CSV has the ledger's rows.
  await page.goto('/sales');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  const rows = parseCsv(readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, ''));
  expect(rows[0]?.slice(0, 3)).toEqual(['Sale ID', 'Date', 'Item']);
  expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([[String(typo.id), '2026-02-10', 'RTX 3060 Ti']]);
});
