import type { Part } from '@partwise/shared';

const stamp = '2026-01-10T12:00:00.000Z';

/** A part as the server answers it, for tests of what the pages make of parts. */
export function testPart(
  id: number,
  name: string,
  { category = 'gpu', costCents = 0, specs = {}, status = 'in_stock' }: Partial<Part> = {},
): Part {
  return {
    id,
    name,
    category,
    brand: null,
    model: null,
    condition: 'used',
    grade: null,
    status,
    costCents,
    acquiredAt: '2026-01-02',
    source: null,
    serial: null,
    notes: null,
    specs,
    catalogPartId: null,
    lotId: null,
    expectedPriceCents: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
}
