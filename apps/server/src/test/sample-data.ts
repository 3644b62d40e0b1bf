import type { FastifyInstance } from 'fastify';
import { createPart } from './parts';
import { signUp, type TestUser } from './users';

// A 1x1 PNG.
export const SAMPLE_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f3d2a40000000049454e44ae426082',
  'hex',
);

export interface SampleData {
  user: TestUser;
  partIds: number[];
  photoUrl: string;
}

async function expectStatus(what: string, status: number, expected: number, body: string) {
  if (status !== expected) throw new Error(`${what}: ${status} ${body}`);
}

/**
 * A user with what a flipper keeps, made through the real routes: parts, a lot, a sale, an expense, a photo.
 * Text with quotes, accents and an emoji, and money at the edge, so that a copy must be exact to match.
 */
export async function seedSampleData(app: FastifyInstance): Promise<SampleData> {
  const user = await signUp(app);
  const gpu = await createPart(app, user.cookie, {
    name: 'RTX 3080 "Founders" — café ☕',
    notes: 'line 1\nline 2',
  });
  const cpu = await createPart(app, user.cookie, { name: 'Ryzen 5 5600X', category: 'cpu', costCents: 1 });
  const lot = await app.inject({
    method: 'POST',
    url: '/api/v1/lots',
    headers: user.cookie,
    payload: {
      name: 'Whole PC',
      totalCostCents: 100_001,
      acquiredAt: '2025-02-03',
      parts: [
        { name: 'B550 board', category: 'motherboard', weight: 2 },
        { name: '16 GB DDR4', category: 'memory' },
      ],
    },
  });
  await expectStatus('lot', lot.statusCode, 201, lot.body);
  const sale = await app.inject({
    method: 'POST',
    url: '/api/v1/sales',
    headers: user.cookie,
    payload: { partId: cpu.id, priceCents: 15_000, platform: 'ebay' },
  });
  await expectStatus('sale', sale.statusCode, 201, sale.body);
  const expense = await app.inject({
    method: 'POST',
    url: '/api/v1/expenses',
    headers: user.cookie,
    payload: {
      description: 'Bubble wrap',
      amountCents: 899,
      spentAt: '2025-02-04',
      category: 'shipping_supplies',
    },
  });
  await expectStatus('expense', expense.statusCode, 201, expense.body);
  const form = new FormData();
  form.append('file', new Blob([SAMPLE_PNG], { type: 'image/png' }), 'photo.png');
  const photo = await app.inject({
    method: 'POST',
    url: `/api/v1/parts/${gpu.id}/photos`,
    headers: user.cookie,
    payload: form,
  });
  await expectStatus('photo', photo.statusCode, 201, photo.body);
  const lotParts = (lot.json() as { parts: { id: number }[] }).parts.map((p) => p.id);
  return { user, partIds: [gpu.id, cpu.id, ...lotParts], photoUrl: (photo.json() as { url: string }).url };
}
