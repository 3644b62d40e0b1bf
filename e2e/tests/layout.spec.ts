import type { Build, Listing, Part } from '@partwise/shared';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { hiddenColumns, isUncovered, textContrast } from './layout-checks';
import { createLot, createPart } from './parts-api';

async function post<T>(page: Page, url: string, data: unknown = {}): Promise<T> {
  const res = await page.request.post(url, { data, headers: { Origin: BASE_URL } });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

/** The long names and sources real listings have, a lot, a listing and two sales. */
async function seedRealisticNames(page: Page) {
  const lot = await createLot(page, {
    name: 'Gaming PC from a Facebook Marketplace seller in Springfield',
    totalCostCents: 45_000,
    acquiredAt: '2025-05-02',
    source: 'facebook_marketplace',
    parts: [
      { name: 'AMD Ryzen 7 5800X3D 8-Core Processor', category: 'cpu', condition: 'used' },
      { name: 'ASUS ROG STRIX B550-F GAMING (WI-FI) II', category: 'motherboard', condition: 'used' },
      {
        name: 'G.Skill Trident Z Neo 32 GB (2 x 16 GB) DDR4-3600 CL16',
        category: 'memory',
        condition: 'used',
      },
    ],
  });
  const gpu = await createPart(page, {
    name: 'Gigabyte GeForce RTX 3080 Ti GAMING OC 12G',
    category: 'gpu',
    brand: 'Gigabyte',
    serial: 'SN1234567890ABCDEF',
    condition: 'for_parts',
    grade: 2,
    costCents: 45_000,
    source: 'reddit_hardwareswap',
  });
  await createPart(page, {
    name: 'Corsair RM850x',
    category: 'psu',
    costCents: 6_000,
    source: 'liquidation_lot',
  });
  const listing = await post<Listing>(page, '/api/v1/listings', {
    partId: gpu.id,
    platform: 'facebook_marketplace',
    title: 'RTX 3080 Ti Gaming OC, tested, no mining',
    priceCents: 55_000,
  });
  await post(page, `/api/v1/listings/${listing.id}/activate`);
  await post(page, '/api/v1/sales', { listingId: listing.id, shippingCents: 1_999 });
  const drive = await createPart(page, {
    name: 'Western Digital WD_BLACK SN850X 2 TB M.2-2280 PCIe 4.0 X4 NVME Solid State Drive',
    category: 'storage',
    costCents: 9_000,
    source: 'ebay',
  });
  await post(page, '/api/v1/sales', {
    partId: drive.id,
    priceCents: 123_456,
    platform: 'ebay',
    feesCents: 16_543,
    shippingCents: 1_299,
  });
  return { lot, gpu, drive };
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('every column of the lists is in view, with long names and sources', async ({ page, request }) => {
    const account = newAccount();
    await signUpByApi(request, account);
    await signInByApi(page, account);
    const { lot } = await seedRealisticNames(page);
    await seedBrokenBuild(page);

    const pages = [
      { url: '/inventory', table: 'Your parts', last: 'Source' },
      { url: '/sales', table: 'Sales', last: 'Profit' },
      { url: '/listings?status=sold', table: 'Listings', last: 'Est. net' },
      { url: '/lots', table: 'Your lots', last: 'Total' },
      { url: `/lots/${lot.id}`, table: 'Parts in this lot', last: 'Cost' },
      { url: '/builds', table: 'Your builds', last: 'Profit' },
    ];
    for (const { url, table, last } of pages) {
      await page.goto(url);
      const grid = page.getByRole('table', { name: table });
      await expect(grid.getByRole('columnheader', { name: last })).toBeVisible();
      expect(await hiddenColumns(grid), `${url}: columns cut off`).toEqual([]);
    }
    await page.goto('/sales');
    await expect(page.getByRole('button', { name: /^Refund Western Digital/ })).toBeInViewport();
  });

  test('the money card never covers the compatibility report while the parts scroll by', async ({
    page,
    request,
  }) => {
    const account = newAccount();
    await signUpByApi(request, account);
    await signInByApi(page, account);
    const build = await seedBrokenBuild(page);

    await page.goto(`/builds/${build.id}`);
    const report = page.getByRole('region', { name: 'Compatibility' });
    const firstError = report.getByRole('listitem').first();
    await expect(firstError).toContainText('needs an AM5 board');
    for (const y of [0, 400, 900, 5000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await expect(firstError, `scrolled to ${y}`).toBeInViewport();
      expect(await isUncovered(firstError), `scrolled to ${y}: the first error is covered`).toBe(true);
      await expect(page.getByRole('region', { name: 'Money' })).toBeInViewport();
    }
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('jumping to the compatibility report shows its errors below the sticky money strip', async ({
    page,
    request,
  }) => {
    const account = newAccount();
    await signUpByApi(request, account);
    await signInByApi(page, account);
    const build = await seedBrokenBuild(page);
    await page.goto(`/builds/${build.id}`);
    await page.getByRole('link', { name: /Compatibility/ }).click();
    const report = page.getByRole('region', { name: 'Compatibility' });
    await expect(report.getByRole('heading', { name: 'Compatibility' })).toBeInViewport();
    expect(await isUncovered(report.getByRole('heading', { name: 'Compatibility' }))).toBe(true);
    expect(await isUncovered(report.getByRole('listitem').first())).toBe(true);
  });
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('a sold part and an ended listing have readable badges', async ({ page, request }) => {
    const account = newAccount();
    await signUpByApi(request, account);
    await signInByApi(page, account);
    const { drive } = await seedRealisticNames(page);
    const spare = await createPart(page, { name: 'Sapphire RX 580 8GB', category: 'gpu', costCents: 4_500 });
    const listing = await post<Listing>(page, '/api/v1/listings', {
      partId: spare.id,
      platform: 'ebay',
      title: 'RX 580 8GB',
      priceCents: 9_000,
    });
    await post(page, `/api/v1/listings/${listing.id}/activate`);
    await post(page, `/api/v1/listings/${listing.id}/end`);

    await page.goto('/inventory');
    const soldRow = page.getByRole('row').filter({ hasText: drive.name });
    const sold = soldRow.getByText('Sold', { exact: true });
    await expect(sold).toBeVisible();
    expect(await textContrast(sold)).toBeGreaterThanOrEqual(4.5);

    await page.goto('/listings?status=ended');
    const ended = page.getByRole('row').filter({ hasText: 'RX 580 8GB' }).getByText('Ended', { exact: true });
    await expect(ended).toBeVisible();
    expect(await textContrast(ended)).toBeGreaterThanOrEqual(4.5);
  });
});

/** A build whose parts clash in five ways: a long report beside a long list of slots. */
async function seedBrokenBuild(page: Page): Promise<Build> {
  const parts: Part[] = [
    await createPart(page, {
      name: 'AMD Ryzen 7 7700X',
      category: 'cpu',
      costCents: 20_000,
      specs: { socket: 'AM5', tdpW: 105, integratedGraphics: true },
    }),
    await createPart(page, {
      name: 'MSI PRO Z690-A DDR4',
      category: 'motherboard',
      costCents: 11_000,
      specs: { socket: 'LGA1700', memoryType: 'DDR4', formFactor: 'ATX', memorySlots: 4 },
    }),
    await createPart(page, {
      name: 'Corsair Vengeance 32GB DDR5-6000',
      category: 'memory',
      costCents: 8_000,
      specs: { memoryType: 'DDR5', speedMts: 6000, modules: 2, moduleGb: 16, totalGb: 32 },
    }),
    await createPart(page, {
      name: 'Thermaltake Core V1 Mini ITX',
      category: 'case',
      costCents: 3_000,
      specs: { boardFormFactors: ['Mini ITX'], maxGpuLengthMm: 255 },
    }),
    await createPart(page, {
      name: 'EVGA 450 BR',
      category: 'psu',
      costCents: 2_500,
      specs: { wattageW: 450 },
    }),
    await createPart(page, {
      name: 'Gigabyte RTX 3090 Gaming OC',
      category: 'gpu',
      costCents: 60_000,
      specs: { chipset: 'GeForce RTX 3090', lengthMm: 320, tdpW: 350 },
    }),
  ];
  const build = await post<Build>(page, '/api/v1/builds', {
    name: 'Broken on purpose',
    targetPriceCents: 150_000,
  });
  for (const part of parts) await post(page, `/api/v1/builds/${build.id}/parts`, { partId: part.id });
  return build;
}
