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
