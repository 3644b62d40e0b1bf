import type { Part, PartCreate } from '@partwise/shared';
import type { FastifyInstance } from 'fastify';

/** Creates a part through the real route and returns it. */
export async function createPart(
  app: FastifyInstance,
  headers: Record<string, string>,
  overrides: Partial<PartCreate> = {},
): Promise<Part> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/parts',
    headers,
    payload: {
      name: 'RTX 3070 Founders Edition',
      category: 'gpu',
      costCents: 25000,
      acquiredAt: '2025-03-01',
      ...overrides,
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`part creation failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/**
 * Creates `count` parts (at most 500) in one request, as one purchase lot split equally: each costs
 * `costCents`. For tests that need many parts fast; names are `${name} 1..count`.
 */
export async function createParts(
  app: FastifyInstance,
  headers: Record<string, string>,
  count: number,
  {
    name = 'Bulk part',
    category = 'other',
    costCents = 10_000,
    status = 'in_stock',
  }: Partial<PartCreate> = {},
): Promise<Part[]> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/lots',
    headers,
    payload: {
      name: `${count} × ${name}`,
      totalCostCents: count * costCents,
      acquiredAt: '2025-03-01',
      parts: Array.from({ length: count }, (_, i) => ({ name: `${name} ${i + 1}`, category, status })),
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`lot creation failed: ${response.statusCode} ${response.body}`);
  return response.json().parts;
}
