import type { Response } from '@playwright/test';
import { confirmIn, expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createPart } from './parts-api';

/** What one JavaScript file cost on the wire. */
interface Download {
  file: string;
  encoding: string | undefined;
  bytes: number;
}

async function downloadOf(response: Response): Promise<Download> {
  const sizes = await response.request().sizes();
  return {
    file: new URL(response.url()).pathname,
    encoding: (await response.allHeaders())['content-encoding'],
    bytes: sizes.responseBodySize,
  };
}

test.beforeEach(async ({ page, request }) => {
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
});

test('the dashboard loads only its own code, compressed, and other pages come when opened', async ({
  page,
}) => {
  const scripts: Promise<Download>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(downloadOf(response));
  });
  const html = await page.goto('/');
  expect(html?.headers()['cache-control']).toBe('no-cache');
  expect(html?.headers()['content-encoding']).toBe('br');
  await expect(page.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const first = await Promise.all(scripts);
  const chunks = first.filter((d) => d.file.startsWith('/assets/'));
  expect(chunks.map((d) => d.file)).toContainEqual(expect.stringMatching(/\/DashboardPage-[\w-]+\.js$/));
  for (const chunk of chunks) expect(chunk.encoding, chunk.file).toBe('br');
  expect(
    chunks.map((d) => d.file).filter((file) => /(Build|Inventory|Sales|Account)Page-/.test(file)),
  ).toEqual([]);
  const total = first.reduce((sum, d) => sum + d.bytes, 0);
  expect(total, 'JavaScript of the first page, brotli').toBeLessThan(150_000);

  const asset = await page.request.get(chunks[0]?.file ?? '/', { headers: { 'accept-encoding': 'gzip' } });
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  scripts.length = 0;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Builds' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Builds' })).toBeVisible();
  const later = await Promise.all(scripts);
  expect(later.map((d) => d.file)).toContainEqual(expect.stringMatching(/\/BuildsPage-[\w-]+\.js$/));
});

test('a page whose code is slow to come keeps the current page on screen, with a progress bar', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/ListingsPage-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Listings' }).click();
  await expect(page.getByRole('progressbar', { name: 'Opening the page' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Listings' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Opening the page' })).toHaveCount(0);
});

test('deleting a part from its page goes to the inventory without asking for the part again', async ({
  page,
}) => {
  const part = await createPart(page, { name: 'Dead RX 470', category: 'gpu', costCents: 1_000 });
  await page.goto(`/inventory/${part.id}`);
  await page.getByRole('button', { name: 'Delete' }).click();
  await confirmIn(page, `Delete “${part.name}”?`, 'Delete');
  // The toast first: it shows for 4 s from the delete, which a slow host can spend loading the inventory.
  await expect(page.getByText(`“${part.name}” deleted`, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
  // The fixture fails the test on any console error, such as a 404 for the deleted part.
});
