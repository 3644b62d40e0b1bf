import { describe, expect, it } from 'vitest';
import { allocation, emptyLotForm, emptyRow, type LotFormValues, lotFieldName, toLotBody } from './lot-form';

function haul(): LotFormValues {
  return {
    ...emptyLotForm('2026-02-14'),
    name: 'Gaming PC from Marketplace',
    total: '300',
    parts: [
      { ...emptyRow(), name: 'Ryzen 5 3600', category: 'cpu', weight: '2' },
      emptyRow(),
      { ...emptyRow(), name: 'GTX 1660', category: 'gpu' },
    ],
  };
}

describe('the haul form', () => {
  it('starts on the user’s today with three rows', () => {
    const blank = emptyLotForm('2026-02-14');
    expect(blank.acquiredAt).toBe('2026-02-14');
    expect(blank.parts).toHaveLength(3);
  });

  it('splits the total as the server will, leaving blank rows out', () => {
    expect(allocation(haul())).toEqual([20_000, null, 10_000]);
    expect(toLotBody(haul()).body?.parts.map((p) => p.name)).toEqual(['Ryzen 5 3600', 'GTX 1660']);
  });

  it('puts the server’s row errors on the rows typed, blank rows skipped', () => {
    expect(lotFieldName('parts.1.category', haul())).toBe('parts.2.category');
    expect(lotFieldName('parts.0.name', haul())).toBe('parts.0.name');
    expect(lotFieldName('totalCostCents', haul())).toBe('total');
    expect(lotFieldName('acquiredAt', haul())).toBe('acquiredAt');
  });
});
