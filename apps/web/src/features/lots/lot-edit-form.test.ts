import type { LotWithParts } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { formToBody, lotToForm, previewSplit } from './lot-edit-form';

const part = (id: number, costCents: number, lotWeight: number, status = 'in_stock') =>
  ({ id, name: `Part ${id}`, costCents, lotWeight, status }) as unknown as LotWithParts['parts'][number];
const lot = {
  id: 1,
  name: 'Used PC',
  totalCostCents: 45_000,
  acquiredAt: '2025-09-14',
  source: 'craigslist',
  notes: null,
  parts: [part(1, 22_500, 2, 'sold'), part(2, 11_250, 1), part(3, 11_250, 1)],
} as unknown as LotWithParts;

describe('the lot edit form', () => {
  it('previews the split as the server makes it: sold parts keep their cost', () => {
    expect(previewSplit(lot, '400', [{ weight: '2' }, { weight: '1' }, { weight: '3' }])).toEqual({
      ok: true,
      costs: [22_500, 4_375, 13_125],
    });
    expect(previewSplit(lot, '200', [{ weight: '2' }, { weight: '1' }, { weight: '1' }])).toMatchObject({
      ok: false,
      reason: 'below_sold',
      soldCents: 22_500,
    });
    expect(previewSplit(lot, 'abc', [{ weight: '2' }, { weight: '1' }, { weight: '1' }])).toBeNull();
    expect(previewSplit(lot, '400', [{ weight: '2' }, { weight: '0' }, { weight: '1' }])).toBeNull();
  });

  it('turns the form into the request body, weights as numbers', () => {
    const values = { ...lotToForm(lot), total: '$400.10', source: ' ', notes: 'x' };
    expect(values.parts).toEqual([
      { partId: 1, weight: '2' },
      { partId: 2, weight: '1' },
      { partId: 3, weight: '1' },
    ]);
    expect(
      formToBody({ ...values, parts: [...values.parts.slice(0, 2), { partId: 3, weight: '1,5' }] }),
    ).toEqual({
      name: 'Used PC',
      totalCostCents: 40_010,
      acquiredAt: '2025-09-14',
      source: null,
      notes: 'x',
      weights: [
        { partId: 1, weight: 2 },
        { partId: 2, weight: 1 },
        { partId: 3, weight: 1.5 },
      ],
    });
  });
});
