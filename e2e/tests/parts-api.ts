import type { LotCreate, LotWithParts, Part, PartCreate, PartListItem, PartUpdate } from '@partwise/shared';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../env';
import { expect } from './fixtures';

/** Cookie writes must come from the app's origin, as a browser's would. */
const fromApp = { Origin: BASE_URL };

/** Seeds a part through the API, signed in as the page's user. */
export async function createPart(page: Page, body: PartCreate): Promise<Part> {
  const res = await page.request.post('/api/v1/parts', { data: body, headers: fromApp });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Part;
}

export async function updatePart(page: Page, id: number, change: PartUpdate): Promise<Part> {
  const res = await page.request.patch(`/api/v1/parts/${id}`, { data: change, headers: fromApp });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Part;
}

export async function getPart(page: Page, id: number): Promise<Part> {
  const res = await page.request.get(`/api/v1/parts/${id}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Part;
}

export async function findParts(page: Page, q: string): Promise<PartListItem[]> {
  const res = await page.request.get(`/api/v1/parts?q=${encodeURIComponent(q)}`);
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { items: PartListItem[] }).items;
}

export async function createLot(page: Page, body: LotCreate): Promise<LotWithParts> {
  const res = await page.request.post('/api/v1/lots', { data: body, headers: fromApp });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as LotWithParts;
}
