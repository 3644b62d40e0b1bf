import type { Part } from '@partwise/shared';
import type { Page } from '@playwright/test';
import { createLot, createPart, updatePart } from './parts-api';

/** A small, realistic inventory for pictures: a lot, single parts in several statuses and sources. */
export async function seedInventory(page: Page): Promise<{ featured: Part }> {
  await createLot(page, {
    name: 'Office PC from Craigslist',
    totalCostCents: 12_000,
    acquiredAt: '2025-05-02',
    source: 'craigslist',
    parts: [
      { name: 'Intel Core i5-8500', category: 'cpu', condition: 'used' },
      { name: 'Dell OptiPlex 7060 board', category: 'motherboard', condition: 'used' },
      { name: 'Kingston 16GB DDR4-2666', category: 'memory', condition: 'used', weight: 0.5 },
    ],
  });
  const featured = await createPart(page, {
    name: 'Asus GeForce RTX 3070 DUAL OC',
    category: 'gpu',
    brand: 'Asus',
    condition: 'used',
    grade: 4,
    costCents: 26_500,
    acquiredAt: '2025-06-12',
    source: 'facebook_marketplace',
    serial: 'M9NRKD012345',
    notes: 'Fans replaced. Runs at 62 °C under load.',
    specs: { chipset: 'GeForce RTX 3070', vramGb: 8, lengthMm: 267, tdpW: 220 },
  });
  await updatePart(page, featured.id, { status: 'testing' });
  const singles = [
    {
      name: 'AMD Ryzen 5 5600X',
      category: 'cpu',
      costCents: 9_500,
      acquiredAt: '2025-06-20',
      source: 'ebay',
    },
    {
      name: 'Corsair RM750x',
      category: 'psu',
      costCents: 6_000,
      acquiredAt: '2025-06-01',
      source: 'offerup',
    },
    { name: 'Samsung 970 EVO Plus 1TB', category: 'storage', costCents: 4_250, acquiredAt: '2025-04-18' },
    {
      name: 'NZXT H510 case',
      category: 'case',
      costCents: 3_000,
      acquiredAt: '2025-03-30',
      source: 'local pickup',
    },
  ] as const;
  for (const part of singles) await createPart(page, { ...part, condition: 'used' });
  return { featured };
}
