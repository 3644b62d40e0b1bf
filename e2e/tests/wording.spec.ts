import type { Build } from '@partwise/shared';
import { BASE_URL } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createPart, updatePart } from './parts-api';

test.beforeEach(async ({ page, request }) => {
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
});

test('status changes read as sentences, acronyms kept', async ({ page }) => {
  const part = await createPart(page, { name: 'MSI RTX 2060 Ventus', category: 'gpu', costCents: 9_000 });
  await updatePart(page, part.id, { status: 'testing' });
  await page.goto('/inventory');

  await page.getByLabel(`Status of ${part.name}`).selectOption('rma');
  await expect(page.getByText(`“${part.name}” is now RMA`, { exact: true })).toBeVisible();
  await page.getByLabel(`Status of ${part.name}`).selectOption('in_stock');
  await expect(page.getByText(`“${part.name}” is now in stock`, { exact: true })).toBeVisible();

  await page.getByLabel(`Select ${part.name}`).check();
  await page.getByLabel('Set status of the selected parts').selectOption('rma');
  await expect(page.getByRole('dialog', { name: 'Set 1 part to RMA?', exact: true })).toBeVisible();
});

test('a build’s status and its parts’ history are told in words, not field names', async ({ page }) => {
  const part = await createPart(page, { name: 'AMD Ryzen 5 5600', category: 'cpu', costCents: 8_000 });
  const res = await page.request.post('/api/v1/builds', {
    data: { name: 'Budget 1080p box' },
    headers: { Origin: BASE_URL },
  });
  const build = (await res.json()) as Build;
  await page.request.post(`/api/v1/builds/${build.id}/parts`, {
    data: { partId: part.id },
    headers: { Origin: BASE_URL },
  });

  await page.goto(`/builds/${build.id}`);
  await page.getByLabel('Status').selectOption('ready');
  // A CPU alone is not a PC: it is set ready only with a reason.
  const why = page.getByRole('dialog', { name: 'Set “Budget 1080p box” ready to sell with its problems?' });
  await why.getByLabel('Reason to sell it anyway').fill('Sold as a CPU in a box');
  await why.getByRole('button', { name: 'Set ready anyway' }).click();
  await expect(page.getByText('“Budget 1080p box” is now ready to sell', { exact: true })).toBeVisible();

  await page.goto(`/inventory/${part.id}`);
  await expect(page.getByText('Build:', { exact: false })).toContainText(`build #${build.id}`);
  await expect(page.getByText('buildId')).toHaveCount(0);
});

test('the slot for other parts names them properly', async ({ page }) => {
  const res = await page.request.post('/api/v1/builds', {
    data: { name: 'Streaming rig' },
    headers: { Origin: BASE_URL },
  });
  const build = (await res.json()) as Build;
  await page.goto(`/builds/${build.id}`);
  await page.getByRole('button', { name: 'Add Other', exact: true }).click();
  const picker = page.getByRole('dialog');
  await expect(picker.getByPlaceholder('Search your stock for a part of another kind…')).toBeVisible();
  await picker.getByRole('tab', { name: 'Plan to buy' }).click();
  await expect(
    picker.getByPlaceholder('A part of another kind: a few letters of its name or model'),
  ).toBeVisible();
  await expect(picker.getByText(/A other/)).toHaveCount(0);
});

test('lots are called lots everywhere, never hauls', async ({ page }) => {
  for (const url of ['/', '/inventory', '/inventory/new', '/lots', '/lots/new', '/sales/expenses']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('body'), url).not.toContainText(/haul/i);
  }
  await page.goto('/lots');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lots' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Enter a lot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New lot' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The lot' })).toBeVisible();
});
