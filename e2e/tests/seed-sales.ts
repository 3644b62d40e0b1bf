import type { Build, Listing, Part, Sale } from '@partwise/shared';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../env';
import { expect } from './fixtures';
import { createPart } from './parts-api';

async function post<T>(page: Page, url: string, data: unknown = {}): Promise<T> {
  const res = await page.request.post(url, { data, headers: { Origin: BASE_URL } });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

/** Parts in stock with costs, and a build holding them, ready to be listed. */
export async function seedBuild(page: Page, name = 'Ryzen 5 5600 gaming PC') {
  const parts: Part[] = [
    await createPart(page, { name: 'AMD Ryzen 5 5600', category: 'cpu', costCents: 8_750 }),
    await createPart(page, { name: 'MSI B550-A PRO', category: 'motherboard', costCents: 6_499 }),
    await createPart(page, { name: 'EVGA RTX 2070 Super', category: 'gpu', costCents: 18_025 }),
    // A whole PC: nothing missing, so it is listed and sold without an override.
    await createPart(page, { name: 'Corsair Vengeance LPX 16GB DDR4', category: 'memory', costCents: 2_500 }),
    await createPart(page, { name: 'Samsung 970 EVO Plus 1TB', category: 'storage', costCents: 3_000 }),
    await createPart(page, { name: 'Corsair RM650', category: 'psu', costCents: 4_000 }),
    await createPart(page, { name: 'NZXT H510', category: 'case', costCents: 3_500 }),
  ];
  const build = await post<Build>(page, '/api/v1/builds', { name, targetPriceCents: 65_000 });
  for (const part of parts) await post(page, `/api/v1/builds/${build.id}/parts`, { partId: part.id });
  return { build, parts, cogsCents: parts.reduce((sum, p) => sum + p.costCents, 0) };
}

/** Listings on several platforms, a finished sale and an expense: enough to make the pages speak. */
export async function seedSelling(page: Page) {
  const { build } = await seedBuild(page);
  const listed: Listing[] = [];
  for (const platform of ['ebay', 'facebook_marketplace'] as const) {
    const listing = await post<Listing>(page, '/api/v1/listings', {
      buildId: build.id,
      platform,
      title: 'Gaming PC: Ryzen 5 5600, RTX 2070 Super, 16GB, 1TB NVMe',
      description: 'Clean, tested, fresh Windows install.',
      priceCents: 65_000,
    });
    listed.push(await post<Listing>(page, `/api/v1/listings/${listing.id}/activate`));
  }
  const gpu = await createPart(page, { name: 'Sapphire RX 580 8GB', category: 'gpu', costCents: 4_500 });
  const gpuListing = await post<Listing>(page, '/api/v1/listings', {
    partId: gpu.id,
    platform: 'reddit_hardwareswap',
    title: 'Sapphire RX 580 8GB Nitro+',
    priceCents: 8_500,
  });
  await post<Sale>(page, '/api/v1/sales', { listingId: gpuListing.id, shippingCents: 1_200 });
  const ram = await createPart(page, {
    name: 'Corsair 8GB DDR4 (bad stick)',
    category: 'memory',
    costCents: 2_000,
  });
  await post<Sale>(page, '/api/v1/sales', { partId: ram.id, priceCents: 1_500, platform: 'local' });
  await post(page, '/api/v1/expenses', {
    spentAt: new Date().toISOString().slice(0, 10),
    category: 'shipping_supplies',
    description: 'Box of 25 anti-static bags',
    amountCents: 1_299,
  });
  return { build, listed };
}
